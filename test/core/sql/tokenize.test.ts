import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/sql/tokenize';

const kinds = (sql: string) => tokenize(sql).map((t) => [t.type, t.text]);

describe('tokenize', () => {
  it('keeps offsets so every token is the exact source slice', () => {
    const sql = `SELECT "a""b", 'it''s' -- note\nFROM t /* x */ WHERE n >= 1.5e3`;
    for (const t of tokenize(sql)) expect(sql.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads strings with doubled quotes, E-strings with backslashes and dollar quotes', () => {
    const tokens = tokenize(`'it''s' E'a\\'b' $$x 'y' FROM z$$ $tag$ $$ $tag$`);
    expect(tokens.map((t) => [t.type, t.value])).toEqual([
      ['string', "it's"],
      ['string', "a'b"],
      ['string', "x 'y' FROM z"],
      ['string', ' $$ '],
    ]);
  });

  it('unescapes double-quoted identifiers, including Korean names', () => {
    const [a, b] = tokenize(`"my ""odd"" name" "고객 목록"`);
    expect(a).toMatchObject({ type: 'quoted', value: 'my "odd" name' });
    expect(b).toMatchObject({ type: 'quoted', value: '고객 목록' });
  });

  it('reads comments, nested block comments and unterminated text', () => {
    expect(kinds('a -- b\nc')).toEqual([['word', 'a'], ['comment', '-- b'], ['word', 'c']]);
    expect(kinds('a /* b /* c */ d */ e')).toEqual([['word', 'a'], ['comment', '/* b /* c */ d */'], ['word', 'e']]);
    expect(tokenize("'open").at(-1)).toMatchObject({ type: 'string', unterminated: true });
    expect(tokenize('/* open').at(-1)).toMatchObject({ type: 'comment', unterminated: true });
  });

  it('reads numbers, casts, parameters and Hangul words', () => {
    expect(kinds('x::INT + .5 - 1_000 $1 고객')).toEqual([
      ['word', 'x'], ['punct', '::'], ['word', 'INT'], ['punct', '+'], ['number', '.5'], ['punct', '-'],
      ['number', '1_000'], ['punct', '$'], ['number', '1'], ['word', '고객'],
    ]);
  });
});
