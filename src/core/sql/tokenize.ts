// A small SQL tokenizer for DuckDB's dialect. It only needs to tell apart the
// places where a word is code (and may be a table name) from strings, quoted
// identifiers and comments; every token keeps its offsets so callers can
// rewrite the text in place.

export type TokenType =
  | 'word' // keyword or bare identifier
  | 'quoted' // "double-quoted identifier"
  | 'string' // 'literal', E'escaped', X'hex', $tag$dollar$tag$
  | 'number'
  | 'punct'
  | 'comment'; // -- line or /* block */

export interface Token {
  type: TokenType;
  /** Exact source text, sql.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Identifier or string content with quotes and escapes removed. */
  value: string;
  /** Set when a string, quoted identifier or block comment runs to the end of the text. */
  unterminated?: true;
}

const WORD_START = /[A-Za-z_\u0080-\uFFFF]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uFFFF]/;
const DIGIT = /[0-9]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?\$/;
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?)/;

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, start: number, end: number, value: string, unterminated = false): void => {
    const token: Token = { type, text: sql.slice(start, end), start, end, value };
    if (unterminated) token.unterminated = true;
    tokens.push(token);
    i = end;
  };
  while (i < sql.length) {
    const ch = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '-' && next === '-') {
      const nl = sql.indexOf('\n', i);
      const end = nl === -1 ? sql.length : nl;
      push('comment', i, end, sql.slice(i + 2, end));
    } else if (ch === '/' && next === '*') {
      const end = blockCommentEnd(sql, i);
      push('comment', i, end ?? sql.length, sql.slice(i + 2, end === null ? sql.length : end - 2), end === null);
    } else if (ch === "'") {
      const r = readQuoted(sql, i, "'", false);
      push('string', i, r.end, r.value, r.unterminated);
    } else if ((ch === 'e' || ch === 'E') && next === "'") {
      const r = readQuoted(sql, i + 1, "'", true);
      push('string', i, r.end, r.value, r.unterminated);
    } else if (/[xXbBnN]/.test(ch) && next === "'") {
      const r = readQuoted(sql, i + 1, "'", false);
      push('string', i, r.end, r.value, r.unterminated);
    } else if (ch === '"') {
      const r = readQuoted(sql, i, '"', false);
      push('quoted', i, r.end, r.value, r.unterminated);
    } else if (ch === '$' && DOLLAR_TAG.test(sql.slice(i, i + 200))) {
      const tag = (DOLLAR_TAG.exec(sql.slice(i, i + 200)) as RegExpExecArray)[0];
      const close = sql.indexOf(tag, i + tag.length);
      const end = close === -1 ? sql.length : close + tag.length;
      push('string', i, end, sql.slice(i + tag.length, close === -1 ? sql.length : close), close === -1);
    } else if (DIGIT.test(ch) || (ch === '.' && next !== undefined && DIGIT.test(next))) {
      const m = NUMBER.exec(sql.slice(i, i + 400)) as RegExpExecArray;
      push('number', i, i + m[0].length, m[0]);
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < sql.length && WORD_PART.test(sql[end] as string)) end++;
      push('word', i, end, sql.slice(i, end));
    } else if (ch === ':' && next === ':') {
      push('punct', i, i + 2, '::');
    } else {
      push('punct', i, i + 1, ch);
    }
  }
  return tokens;
}

/** Block comments nest in DuckDB (as in PostgreSQL). Returns the end offset, or null if unterminated. */
function blockCommentEnd(sql: string, start: number): number | null {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return null;
}

/** Reads from the opening quote at `open`; a doubled quote is an escaped quote. */
function readQuoted(
  sql: string,
  open: number,
  quote: string,
  backslashEscapes: boolean,
): { end: number; value: string; unterminated: boolean } {
  let value = '';
  let i = open + 1;
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (backslashEscapes && ch === '\\' && i + 1 < sql.length) {
      value += sql[i + 1];
      i += 2;
    } else if (ch === quote) {
      if (sql[i + 1] === quote) {
        value += quote;
        i += 2;
      } else {
        return { end: i + 1, value, unterminated: false };
      }
    } else {
      value += ch;
      i++;
    }
  }
  return { end: sql.length, value, unterminated: true };
}
