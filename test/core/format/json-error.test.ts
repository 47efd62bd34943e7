import { describe, expect, it } from 'vitest';
import { lineColumn, locateJsonError } from '../../../src/core/format/json-error';

/** V8 says "at position N" for most syntax errors (Node 20); where it does, we must agree. */
function v8Position(text: string): number | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    return m ? Number(m[1]) : -1;
  }
}

describe('locateJsonError', () => {
  it('is null for valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, null, {"a": []}] ', '"x"', '0']) {
      expect(locateJsonError(text)).toBeNull();
    }
  });

  it.each([
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1,2', 4],
    ['tru', 3],
    ['{"a":"x\ny"}', 7],
    ['[1] x', 4],
    ['', 0],
    ['{"a":-}', 6],
    ['[01]', 2],
    ['"\\q"', 2],
    ["{'a': 1}", 1],
    ['[1.]', 3],
  ])('%j fails at %i', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });

  it('agrees with V8 on random corruptions of a workbook', () => {
    const base = JSON.stringify({ format: 'segbook.workbook', cells: [{ id: 'c1', n: 1.5, ok: true, x: null, s: 'a"b' }] }, null, 2);
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const junk = ['', ',', '}', ']', '"', ':', 'x', '1', ' ', '\\', '{', '['];
    let compared = 0;
    for (let k = 0; k < 2000; k++) {
      const at = random(base.length);
      const text = base.slice(0, at) + (junk[random(junk.length)] as string) + base.slice(at + random(3));
      const v8 = v8Position(text);
      if (v8 === null) expect(locateJsonError(text)).toBeNull();
      else if (v8 >= 0) {
        compared++;
        expect(locateJsonError(text), text).toBe(v8);
      } else expect(locateJsonError(text)).not.toBeNull();
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('does not overflow the stack on deep nesting', () => {
    expect(locateJsonError('['.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('lineColumn', () => {
  it('counts lines and 1-based columns', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 });
  });
});
