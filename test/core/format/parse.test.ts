import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_WORKBOOK_BYTES, parseWorkbook, serializeWorkbook } from '../../../src/core/format';
import type { SegbookError } from '../../../src/core/errors';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const realistic = fixture('realistic.segbook.json');

function errorOf(text: string, file = 'book.segbook.json'): SegbookError {
  const result = parseWorkbook(text, file);
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

/** The realistic file with one edit applied to its parsed JSON. */
function edited(edit: (doc: any) => void): string {
  const doc = JSON.parse(realistic);
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

describe('parseWorkbook: valid files', () => {
  it('round-trips a realistic workbook byte for byte', () => {
    const result = parseWorkbook(realistic, 'realistic.segbook.json');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.migratedFrom).toBeUndefined();
    expect(result.workbook.cells.map((c) => c.name)).toEqual(['intro', 'online_retail', '고객_목록', 'clean_orders', 'rfm']);
    expect(serializeWorkbook(result.workbook)).toBe(realistic);
  });

  it('writes a stable key order, 2-space indent and a trailing newline whatever the input order', () => {
    const shuffled = edited((doc) => {
      doc.cells[1] = { settings: doc.cells[1].settings, inputs: [], name: doc.cells[1].name, kind: 'source', id: doc.cells[1].id };
    });
    const reversed = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(shuffled)).reverse()));
    const result = parseWorkbook(reversed, 'x.json');
    expect(result.ok && serializeWorkbook(result.workbook)).toBe(realistic);
  });

  it('parses tens of MB of embedded data without overflowing the regex stack', () => {
    const big = edited((doc) => (doc.data.s0cust.base64 = 'QUJD'.repeat(5_000_000)));
    const result = parseWorkbook(big, 'big.json');
    expect(result.ok && result.workbook.data?.s0cust?.base64.length).toBe(20_000_000);
  });

  it('accepts a byte-order mark and re-derives sql inputs from the SQL', () => {
    const text = edited((doc) => {
      doc.cells[4].inputs = [];
    });
    const result = parseWorkbook(`\uFEFF${text}`, 'x.json');
    expect(result.ok && result.workbook.cells[4]?.inputs).toEqual(['c0clean', 'c0cust']);
  });
});

describe('parseWorkbook: errors', () => {
  it('workbook.json with the line and column of a syntax error', () => {
    const broken = realistic.replace('"version": 1,', '"version": 1');
    expect(errorOf(broken)).toMatchObject({ code: 'workbook.json', params: { file: 'book.segbook.json', line: 4, column: 3 } });
  });

  it('workbook.json at the end of a truncated file', () => {
    const cut = realistic.slice(0, 200);
    const lines = cut.split('\n');
    expect(errorOf(cut).params).toMatchObject({ line: lines.length, column: (lines.at(-1) as string).length + 1 });
    expect(errorOf('').params).toMatchObject({ line: 1, column: 1 });
  });

  it('workbook.notWorkbook for other JSON', () => {
    for (const text of ['[]', '"x"', 'null', '{"cells": []}', '{"format": "jupyter"}']) {
      expect(errorOf(text, 'other.json')).toMatchObject({ code: 'workbook.notWorkbook', params: { file: 'other.json' } });
    }
  });

  it('workbook.newerVersion for a later format', () => {
    expect(errorOf(edited((d) => (d.version = 2)))).toMatchObject({
      code: 'workbook.newerVersion',
      params: { version: 2, supported: 1 },
    });
  });

  it('workbook.tooLarge above MAX_WORKBOOK_BYTES, counting UTF-8 bytes', () => {
    const padding = ' '.repeat(MAX_WORKBOOK_BYTES - realistic.length + 1);
    expect(errorOf(realistic + padding)).toMatchObject({ code: 'workbook.tooLarge', params: { size: MAX_WORKBOOK_BYTES + 1 } });
    const hangul = '가'.repeat(Math.ceil(MAX_WORKBOOK_BYTES / 3)); // 3 bytes each in UTF-8
    expect(errorOf(hangul).code).toBe('workbook.tooLarge');
  });

  it.each<[string, (doc: any) => void, string, RegExp]>([
    ['missing title', (d) => delete d.title, 'title', /missing/],
    ['bad version', (d) => (d.version = 'one'), 'version', /whole number/],
    ['bad locale', (d) => (d.locale = 'fr'), 'locale', /expected/],
    ['sql not a string', (d) => (d.cells[3].settings.sql = 5), 'cells[3].settings.sql', /expected string/],
    ['unknown kind', (d) => (d.cells[2].kind = 'python'), 'cells[2].kind', /expected/],
    ['unknown key', (d) => (d.cells[0].settings.html = '<script>'), 'cells[0].settings.html', /unknown key/],
    ['constructor key', (d) => (d.sources[0].constructor = { prototype: {} }), 'sources[0].constructor', /unknown key/],
    ['bad cell id', (d) => (d.cells[0].id = 'x; DROP'), 'cells[0].id', /not a cell id/],
    ['duplicate id', (d) => (d.cells[3].id = 'c0orders'), 'cells[3].id', /duplicate id/],
    ['duplicate name', (d) => (d.cells[4].name = 'CLEAN_orders'), 'cells[4].name', /cells\[3\]/],
    ['invalid name', (d) => (d.cells[4].name = 'my table'), 'cells[4].name', /not a valid table name/],
    ['reserved name', (d) => (d.cells[4].name = 'select'), 'cells[4].name', /not a valid table name/],
    ['dangling input', (d) => d.cells[4].inputs.push('c0nowhere'), 'cells[4].inputs[2]', /no cell has id/],
    ['dangling source', (d) => (d.cells[1].settings.source = 's0gone'), 'cells[1].settings.source', /no source has id/],
    ['dangling data', (d) => (d.data.s0gone = d.data.s0cust), 'data.s0gone', /no source has id/],
    ['negative size', (d) => (d.sources[0].fingerprint.size = -1), 'sources[0].fingerprint.size', /expected/],
    ['huge string', (d) => (d.cells[0].settings.text = 'x'.repeat(1024 * 1024 + 1)), 'cells[0].settings.text', /longer than/],
    ['too many cells', (d) => (d.cells = Array.from({ length: 5001 }, (_, i) => ({ id: `c${i.toString(36)}`, kind: 'markdown', name: `n${i}`, inputs: [], settings: { text: '' } }))), 'cells', /more than 5000 cells/],
    ['bad base64', (d) => (d.data.s0cust.base64 = 'abc!'), 'data.s0cust.base64', /not base64/],
    ['deep nesting', (d) => (d.title = JSON.parse('['.repeat(1000) + ']'.repeat(1000))), 'title[0][0]', /nested more than 32/],
  ])('workbook.invalid: %s', (_name, edit, path, detail) => {
    const error = errorOf(edited(edit));
    expect(error.code).toBe('workbook.invalid');
    if (path.endsWith('[0][0]')) expect(String(error.params.path)).toMatch(/^title(\[0\]){31}$/);
    else expect(error.params.path).toBe(path);
    expect(String(error.params.detail)).toMatch(detail);
    expect(error.params.file).toBe('book.segbook.json');
  });
});
