// The engine's pure helpers: format/encoding detection, the ragged-line scanner, DuckDB error mapping.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Table, makeVector, tableToIPC } from 'apache-arrow';
import * as parquetWasm from 'parquet-wasm';
import { detectEncoding } from '../../src/engine/ingest/encoding';
import { detectFormat } from '../../src/engine/ingest/format';
import { findRaggedLine, firstRecordFields } from '../../src/engine/ingest/ragged';
import { guessDelimiter } from '../../src/engine/ingest/dialect';
import { parquetRowGroupRows } from '../../src/engine/ingest/parquet-footer';
import { csvError, leadingBlankLines, readCsvSql } from '../../src/engine/ingest/csv-sql';
import { duckdbErrorToSegbook } from '../../src/engine/duckdb-errors';
import { isSegbookError, type SegbookError } from '../../src/core/errors';

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const thrown = (f: () => unknown): SegbookError => {
  try {
    f();
  } catch (e) {
    if (isSegbookError(e)) return e;
  }
  throw new Error('expected a SegbookError');
};

describe('detectEncoding', () => {
  const text = '고객ID,이름\n1,김민수\n';
  it('reads BOMs and the UTF-16 NUL pattern', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, ...utf16le(text)]))).toBe('utf-16le');
    expect(detectEncoding(utf16le('id,name\n1,kim\n'))).toBe('utf-16le');
    expect(detectEncoding(utf16be('id,name\n1,kim\n'))).toBe('utf-16be');
  });
  it('tells UTF-8 from CP949, even when the sample cuts a character in half', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(utf8.subarray(0, 5))).toBe('utf-8'); // '고' is 3 bytes; 5 bytes cut '객'
    // CP949 bytes of the same text (python: text.encode('cp949'))
    const cp949 = new Uint8Array([0xb0, 0xed, 0xb0, 0xb4, 0x49, 0x44, 0x2c, 0xc0, 0xcc, 0xb8, 0xa7, 0x0a, 0x31, 0x2c, 0xb1, 0xe8, 0xb9, 0xce, 0xbc, 0xf6, 0x0a]);
    expect(new TextDecoder('euc-kr').decode(cp949)).toBe(text);
    expect(detectEncoding(cp949)).toBe('euc-kr');
  });
  it('calls NUL-laden or control-heavy bytes binary', () => {
    expect(detectEncoding(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBeNull();
    expect(detectEncoding(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 7) % 32)))).toBeNull();
  });
});

describe('detectFormat', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('trusts magic bytes over extensions', () => {
    expect(detectFormat('x.bin', 10, bytes(0x50, 0x41, 0x52, 0x31))).toEqual({ format: 'parquet', gzip: false });
    expect(detectFormat('book.xlsx', 10, bytes(0x50, 0x4b, 0x03, 0x04))).toEqual({ format: 'xlsx', gzip: false });
    expect(detectFormat('data.csv.gz', 10, bytes(0x1f, 0x8b))).toEqual({ format: 'csv', gzip: true });
    expect(detectFormat('data.jsonl', 10, bytes(0x7b))).toEqual({ format: 'json', gzip: false });
    expect(detectFormat('notes', 10, bytes(0x61))).toEqual({ format: 'csv', gzip: false });
  });
  it('names empty, legacy and mislabelled files', () => {
    expect(thrown(() => detectFormat('e.csv', 0, bytes())).code).toBe('file.empty');
    expect(thrown(() => detectFormat('old.xls', 10, bytes(0xd0, 0xcf, 0x11, 0xe0))).params).toEqual({ file: 'old.xls', ext: 'xls' });
    expect(thrown(() => detectFormat('fake.parquet', 10, bytes(0x61))).code).toBe('file.parse');
  });
});

describe('findRaggedLine', () => {
  it('names the physical line of the first short or long record', () => {
    expect(findRaggedLine('a,b,c\n1,2,3\n4,5\n', ',', '"')).toEqual({ line: 3, expected: 3, found: 2 });
    expect(findRaggedLine('a,b\r\n1,2\r\n3,4,5\r\n', ',', '"')).toEqual({ line: 3, expected: 2, found: 3 });
  });
  it('counts quoted delimiters and newlines as field content', () => {
    expect(findRaggedLine('a,b\n"x,y","multi\nline"\n1,2\n', ',', '"')).toBeNull();
    expect(findRaggedLine('a,b\n"x,y","multi\nline"\n1\n', ',', '"')).toEqual({ line: 4, expected: 2, found: 1 });
    expect(findRaggedLine('a,b\n\n1,2\n', ',', '"')).toBeNull(); // blank lines are not records
  });
});

describe('first lines', () => {
  it('counts the fields of the first record, quoted delimiters and newlines included', () => {
    expect(firstRecordFields('a,b,c\n1,2\n', ',', '"')).toBe(3);
    expect(firstRecordFields('"a,x","multi\nline",c\n1,2,3\n', ',', '"')).toBe(3);
    expect(firstRecordFields('\n\na;b\n', ';', '"')).toBe(2);
    expect(firstRecordFields('single', ',', '"')).toBe(1);
    expect(firstRecordFields('\n \n', ',', '"')).toBe(1); // a whitespace line is a one-field record
    expect(firstRecordFields('', ',', '"')).toBeNull();
  });
  it('counts leading blank lines, which are the only lines read_csv may skip', () => {
    expect(leadingBlankLines('a,b\n')).toBe(0);
    expect(leadingBlankLines('\n\r\n  \na,b\n\n')).toBe(3);
    expect(readCsvSql('/f.csv', { delimiter: ',' }, false)).toBe("read_csv('/f.csv', delim=',', skip=0)");
    expect(readCsvSql('/f.csv', undefined, true, 2)).toBe("read_csv('/f.csv', skip=2, compression='gzip')");
  });
});

it('guessDelimiter prefers the delimiter that splits lines consistently', () => {
  expect(guessDelimiter('a;b;c\n1;2,5;3\n4;5;6\n')).toEqual({ delimiter: ';', columns: 3 });
  expect(guessDelimiter('a\tb\n1\t2\n')).toEqual({ delimiter: '\t', columns: 2 });
  expect(guessDelimiter('just text\nmore text\n')).toBeNull();
});

describe('DuckDB error text', () => {
  it('maps DuckDB messages to codes', () => {
    const cases: [string, string][] = [
      ['INTERRUPT Error: Interrupted!', 'engine.cancelled'],
      ['query was canceled', 'engine.cancelled'],
      ['Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)', 'engine.oom'],
      ['Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.', 'engine.extension'],
      ['Permission Error: Cannot access file "https://x/y.csv" - file system operations are disabled by configuration', 'engine.forbidden'],
      ['Invalid Input Error: Cannot change configuration option "threads" - the configuration has been locked', 'engine.forbidden'],
      ['{"exception_type":"Parser","exception_message":"syntax error at or near \\"FORM\\""}', 'engine.sql'],
    ];
    for (const [message, code] of cases) expect(duckdbErrorToSegbook(new Error(message), 'SELECT 1').code).toBe(code);
    const parser = duckdbErrorToSegbook(new Error(cases[6]![0]), 'SELEC');
    expect(parser.params.detail).toBe('Parser Error: syntax error at or near "FORM"');
    expect(parser.sql).toBe('SELEC');
    expect(duckdbErrorToSegbook(new Error(cases[3]![0])).params.extension).toBe('parquet');
  });
  it('keeps the sentence and leaves the LINE excerpt of the wrapped SQL to the details', () => {
    const message = 'Binder Error: Referenced column "x" not found in FROM clause!\nCandidate bindings: "country"\n\nLINE 1: CREATE OR REPLACE TABLE "big" AS SELECT x FROM t\n                                                ^';
    const error = duckdbErrorToSegbook(new Error(message), 'SELECT x FROM t');
    expect(error.params.detail).toBe('Binder Error: Referenced column "x" not found in FROM clause!\nCandidate bindings: "country"');
    expect(error.message).toContain('LINE 1:');
  });
  it('reads line and column counts out of CSV errors', () => {
    const message = 'Invalid Input Error: CSV Error on Line: 12\nOriginal Line: 1,2\nExpected Number of Columns: 3 Found: 2';
    expect(csvError('f.csv', message, null).params).toEqual({ file: 'f.csv', line: 12, expected: 3, found: 2 });
    const conversion = csvError('f.csv', 'Conversion Error: CSV Error on Line: 3\nOriginal Line: x,3', null);
    expect(conversion.code).toBe('file.parse');
    expect(conversion.params.line).toBe(3);
  });
});

describe('parquetRowGroupRows', () => {
  const write = (rows: number, groupRows: number) => {
    const ipc = tableToIPC(new Table({ id: makeVector(Int32Array.from({ length: rows }, (_, i) => i)) }), 'stream');
    const props = new parquetWasm.WriterPropertiesBuilder().setMaxRowGroupSize(groupRows).build();
    return parquetWasm.writeParquet(parquetWasm.Table.fromIPCStream(ipc), props);
  };
  it('reads the row count of every row group from the footer', () => {
    const bytes = write(20_000, 7_000);
    expect(parquetRowGroupRows(bytes)).toEqual([7_000, 7_000, 6_000]);
    for (const [i, rows] of parquetRowGroupRows(bytes).entries()) {
      expect(parquetWasm.readParquet(bytes, { rowGroups: [i] }).intoIPCStream().byteLength > 0 && rows > 0).toBe(true);
    }
    const fixture = new Uint8Array(readFileSync(new URL('../fixtures/engine/small.parquet', import.meta.url)));
    expect(parquetRowGroupRows(fixture).reduce((a, b) => a + b, 0)).toBe(25); // the fixture's row count (README)
  });
  it('throws on bytes that are not a Parquet footer', () => {
    const bytes = write(100, 50);
    expect(() => parquetRowGroupRows(bytes.subarray(0, bytes.length - 1))).toThrow();
    expect(() => parquetRowGroupRows(new TextEncoder().encode('PAR1 this is not really parquet PAR1'))).toThrow();
  });
});
