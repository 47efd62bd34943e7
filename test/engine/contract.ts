// One suite, written against EngineApi, run on every engine (wasm.test.ts, native.test.ts).
// Expected values are computed from the fixture bytes here, not copied from engine output.

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { EngineApi, Progress } from '../../src/engine/protocol';
import { decodeRows } from '../../src/engine/arrow';
import { isSegbookError, type ErrorCode, type SegbookError } from '../../src/core/errors';
import { raggedContract } from './ragged-contract';

const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/engine/${name}`, import.meta.url))));
const RETAIL = fileURLToPath(new URL('../../public/data/online_retail.csv.gz', import.meta.url));

export async function failure(promise: Promise<unknown>): Promise<SegbookError> {
  try {
    await promise;
  } catch (e) {
    if (isSegbookError(e)) return e;
    throw new Error(`not a SegbookError: ${String(e)}`);
  }
  throw new Error('expected a failure');
}

async function expectCode(promise: Promise<unknown>, codes: ErrorCode | ErrorCode[]): Promise<SegbookError> {
  const error = await failure(promise);
  expect([codes].flat()).toContain(error.code);
  return error;
}

/** Parses a simple (unquoted) CSV text the way a reader of the fixture would. */
function csvRecords(text: string, delimiter = ','): string[][] {
  return text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l !== '').map((l) => l.split(delimiter));
}

/** Engines under contract start with this memory_limit so the out-of-memory test is quick. */
export const CONTRACT_MEMORY_LIMIT = '500MB';

const KOREAN = new TextDecoder().decode(fixture('korean-utf8-bom.csv')).replace(/^\ufeff/, '');
const KOREAN_HEADER = KOREAN.split('\n')[0]!.split(',');

export function engineContract(name: string, createEngine: () => Promise<EngineApi>): void {
  describe(`engine contract: ${name}`, () => {
    let engine: EngineApi;
    const rows = async (sql: string) => decodeRows((await engine.query(sql)).ipc).rows;
    const load = async (file: string, table: string, bytes: Uint8Array = fixture(file)) => {
      await engine.registerFile(file, bytes as Uint8Array<ArrayBuffer>);
      const sniff = await engine.sniffFile(file);
      const result = await engine.importFile({ file, table, options: sniff.detected });
      return { sniff, result };
    };

    beforeAll(async () => {
      engine = await createEngine();
    }, 30_000);

    it('starts and reports its DuckDB version', async () => {
      const info = await engine.start();
      expect(info.engine).toBe(name);
      expect(info.duckdbVersion).toMatch(/^v1\.\d+\.\d+/);
    });

    it('imports a CSV with the row count and column types of the file', async () => {
      const text = new TextDecoder().decode(fixture('orders.csv'));
      const records = csvRecords(text);
      const { sniff, result } = await load('orders.csv', 'orders');
      expect(sniff.detected).toMatchObject({ format: 'csv', csv: { delimiter: ',', header: true, encoding: 'utf-8' } });
      expect(sniff.previewRows).toHaveLength(20);
      expect(result.rowCount).toBe(records.length - 1);
      expect(result.columns.map((c) => c.name)).toEqual(records[0]);
      expect(result.columns.map((c) => c.type)).toEqual(['BIGINT', 'VARCHAR', 'DOUBLE', 'TIMESTAMP', 'VARCHAR']);
      const expectedSum = records.slice(1).reduce((s, r) => s + Number(r[2]), 0);
      const sum = (await rows('SELECT round(sum(amount), 2) FROM orders'))[0]?.[0] as number;
      expect(sum).toBeCloseTo(expectedSum, 2);
    });

    it('returns query results as Arrow IPC with BigInt counts as numbers', async () => {
      const result = await engine.query("SELECT count(*) AS n, max(order_id) AS top, 'x' AS s FROM orders");
      const decoded = decodeRows(result.ipc);
      expect(result.rowCount).toBe(1);
      expect(decoded.columns.map((c) => c.name)).toEqual(['n', 'top', 's']);
      expect(decoded.rows[0]).toEqual([120, 120, 'x']);
      expect(typeof decoded.rows[0]![0]).toBe('number');
      expect(JSON.stringify(decoded.rows)).toBe('[[120,120,"x"]]');
    });

    for (const [file, encoding] of [
      ['korean-utf8-bom.csv', 'utf-8'],
      ['korean-utf16le.csv', 'utf-16le'],
      ['korean-utf16le-nobom.txt', 'utf-16le'],
      ['korean-cp949.csv', 'euc-kr'],
    ] as const) {
      it(`keeps Korean text intact from ${file} (${encoding})`, async () => {
        const table = file.replace(/\W/g, '_');
        const { sniff, result } = await load(file, table);
        expect(sniff.detected.csv?.encoding).toBe(encoding);
        expect(result.columns.map((c) => c.name)).toEqual(KOREAN_HEADER);
        const got = await rows(`SELECT * FROM ${table} ORDER BY 1`);
        expect(got).toEqual([
          [1, '김민수', '서울'],
          [2, '이영희', '부산'],
          [3, '박지성', '대구, 수성구'],
        ]);
      });
    }

    it('detects a semicolon delimiter', async () => {
      const { sniff, result } = await load('korean-semicolon.csv', 'semicolon');
      expect(sniff.detected.csv?.delimiter).toBe(';');
      expect(result.rowCount).toBe(3);
      expect(await rows('SELECT 도시 FROM semicolon WHERE 고객ID = 3')).toEqual([['대구, 수성구']]);
    });

    it('reads csv.gz, unknown extensions as CSV, and files whose names share a prefix separately', async () => {
      const bytes = fixture('orders.csv');
      await load('orders.csv.gz', 'orders_gz', gzipSync(bytes));
      expect((await load('orders.export', 'orders_unknown_ext', bytes)).result.rowCount).toBe(120);
      // 'orders.csv' is a prefix of 'orders.csv.gz', registered above
      expect((await load('orders.csv', 'orders_again')).result.rowCount).toBe(120);
      expect(await rows('SELECT count(*) FROM orders_gz')).toEqual([[120]]);
      const cp949 = await load('korean.csv.gz', 'korean_gz', gzipSync(fixture('korean-cp949.csv')));
      expect(cp949.sniff.detected.csv?.encoding).toBe('euc-kr');
      expect(await rows('SELECT 이름 FROM korean_gz ORDER BY 1')).toEqual([['김민수'], ['박지성'], ['이영희']]);
    });

    it('sniffs tabs, all-text files with a header, and header-only files', async () => {
      const encode = (t: string) => new TextEncoder().encode(t);
      const tsv = await load('tabs.tsv', 'tabs', encode('a\tb\n1\t2\n3\t4\n'));
      expect(tsv.sniff.detected.csv).toMatchObject({ delimiter: '\t', header: true });
      expect(await rows('SELECT a + b FROM tabs ORDER BY 1')).toEqual([[3], [7]]);
      const text = await load('names.csv', 'names', encode('이름,도시\n김민수,서울\n이영희,부산\n'));
      expect(text.result.columns.map((c) => c.name)).toEqual(['이름', '도시']);
      expect(text.result.rowCount).toBe(2);
      const headerOnly = await load('header-only.csv', 'header_only', encode('id,name\n'));
      expect(headerOnly.result.rowCount).toBe(0);
      expect(headerOnly.result.columns.map((c) => c.name)).toEqual(['id', 'name']);
    });

    it('returns ENUM values (dictionary-encoded in Arrow) as their text', async () => {
      await engine.exec(`CREATE TYPE tier AS ENUM ('gold', 'silver', '브론즈'); CREATE TABLE tiers AS SELECT * FROM (VALUES ('silver'::tier, 1), ('브론즈'::tier, 2), (NULL, 3), ('gold'::tier, 4)) t(tier, n)`);
      expect(await rows('SELECT tier, n FROM tiers ORDER BY n')).toEqual([['silver', 1], ['브론즈', 2], [null, 3], ['gold', 4]]);
    });

    it('runs a multi-statement exec', async () => {
      await engine.exec('CREATE OR REPLACE TABLE m1 AS SELECT 1 AS x; CREATE OR REPLACE TABLE m2 AS SELECT 2 AS y;');
      expect(await rows('SELECT x, y FROM m1, m2')).toEqual([[1, 2]]);
    });

    it('names the encoding when the user forces UTF-8 on a CP949 file', async () => {
      const csv = { encoding: 'utf-8' as const, delimiter: ',', header: true, quote: '"' };
      const error = await expectCode(engine.importFile({ file: 'korean-cp949.csv', table: 'bad', options: { format: 'csv', csv } }), 'file.encoding');
      expect(error.params).toMatchObject({ file: 'korean-cp949.csv', encoding: 'utf-8' });
    });

    it('applies user overrides for column types', async () => {
      const sniff = await engine.sniffFile('orders.csv');
      const csv = { ...sniff.detected.csv!, columnTypes: { order_id: 'VARCHAR' } };
      const result = await engine.importFile({ file: 'orders.csv', table: 'orders_text', options: { format: 'csv', csv } });
      expect(result.columns[0]).toEqual({ name: 'order_id', type: 'VARCHAR' });
    });

    it('rejects an empty file, a binary file and names the ragged line', async () => {
      await engine.registerFile('empty.csv', fixture('empty.csv'));
      await expectCode(engine.sniffFile('empty.csv'), 'file.empty');
      await expectCode(engine.importFile({ file: 'empty.csv', table: 'e', options: { format: 'csv' } }), 'file.empty');
      await engine.registerFile('binary.csv', fixture('binary.csv'));
      expect((await expectCode(engine.sniffFile('binary.csv'), 'file.binary')).params.file).toBe('binary.csv');
      await engine.registerFile('ragged.csv', fixture('ragged.csv'));
      const ragged = await expectCode(engine.importFile({ file: 'ragged.csv', table: 'r', options: { format: 'csv' } }), 'file.ragged');
      expect(ragged.params).toMatchObject({ file: 'ragged.csv', line: 4, expected: 3, found: 2 });
    });

    raggedContract(() => engine);

    it('imports Parquet', async () => {
      const { sniff, result } = await load('small.parquet', 'pq');
      expect(sniff.detected.format).toBe('parquet');
      expect(sniff.previewRows).toHaveLength(20);
      expect(result.rowCount).toBe(25);
      expect(result.columns.map((c) => c.name)).toEqual(['id', 'code', 'label', 'amount', 'day']);
      expect(await rows('SELECT id, code, label, amount::DOUBLE FROM pq WHERE id IN (1, 2) ORDER BY id')).toEqual([
        [1, 'K1', '나', 1.5],
        [2, 'K2', '다', 3],
      ]);
    });

    it('imports JSON and NDJSON to the same rows', async () => {
      const a = await load('people.json', 'people_json');
      const b = await load('people.ndjson', 'people_ndjson');
      expect(a.sniff.detected.format).toBe('json');
      expect(a.result.rowCount).toBe(2);
      expect(b.result.columns.map((c) => c.name)).toEqual(['id', 'name', 'score']);
      const expected = JSON.parse(new TextDecoder().decode(fixture('people.json'))).map((p: Record<string, unknown>) => [p.id, p.name, p.score]);
      expect(await rows('SELECT id, name, score::DOUBLE FROM people_json ORDER BY id')).toEqual(expected);
      expect(await rows('SELECT id, name, score::DOUBLE FROM people_ndjson ORDER BY id')).toEqual(expected);
    });

    it('names the file when JSON or Parquet content is broken', async () => {
      const encode = (t: string) => new TextEncoder().encode(t);
      await engine.registerFile('broken.json', encode('[{"a": 1}, {"a": '));
      expect((await expectCode(engine.importFile({ file: 'broken.json', table: 'bj', options: { format: 'json' } }), 'file.parse')).params.file).toBe(
        'broken.json',
      );
      await engine.registerFile('broken.parquet', encode('PAR1 this is not really parquet PAR1'));
      await expectCode(engine.importFile({ file: 'broken.parquet', table: 'bp', options: { format: 'parquet' } }), 'file.parse');
    });

    it('queues work that arrives while a query is running', async () => {
      const slow = engine.query('SELECT count(*) FROM range(300000000) WHERE range % 3 = 0');
      const imported = engine.importFile({ file: 'people.json', table: 'people_again', options: { format: 'json' } });
      const listed = engine.listTables();
      const [sum, result, tables] = await Promise.all([slow, imported, listed]);
      expect(decodeRows(sum.ipc).rows).toEqual([[100_000_000]]);
      expect(result.rowCount).toBe(2);
      expect(tables.map((t) => t.name)).toContain('people_json');
    });

    it('imports both sheets of an xlsx with Korean text and dates', async () => {
      await engine.registerFile('two-sheets.xlsx', fixture('two-sheets.xlsx'));
      const sniff = await engine.sniffFile('two-sheets.xlsx');
      expect(sniff.sheets).toEqual(['고객', 'Orders']);
      expect(sniff.detected).toEqual({ format: 'xlsx', xlsx: { sheet: '고객', header: true } });
      expect(sniff.columns).toEqual([
        { name: '고객ID', type: 'DOUBLE' },
        { name: '이름', type: 'VARCHAR' },
        { name: '가입일', type: 'TIMESTAMP' },
        { name: '금액', type: 'DOUBLE' },
      ]);
      const customers = await engine.importFile({ file: 'two-sheets.xlsx', table: '고객', options: sniff.detected });
      expect(customers.columns.map((c) => c.type)).toEqual(['DOUBLE', 'VARCHAR', 'TIMESTAMP', 'DOUBLE']);
      expect(await rows('SELECT 이름, strftime(가입일, \'%Y-%m-%d\'), 금액 FROM 고객 ORDER BY 고객ID')).toEqual([
        ['김민수', '2024-01-15', 1200.5],
        ['이영희', '2024-02-20', 800],
        ['박지성', '2024-03-05', null],
      ]);
      const orders = await engine.importFile({
        file: 'two-sheets.xlsx',
        table: 'xl_orders',
        options: { format: 'xlsx', xlsx: { sheet: 'Orders', header: true } },
      });
      expect(orders.rowCount).toBe(4);
      await expectCode(
        engine.importFile({ file: 'two-sheets.xlsx', table: 'x', options: { format: 'xlsx', xlsx: { sheet: 'Nope', header: true } } }),
        'file.sheetMissing',
      );
    });

    it('lists tables with their columns', async () => {
      const tables = await engine.listTables();
      const orders = tables.find((t) => t.name === 'orders');
      expect(orders?.columns.map((c) => c.type)).toEqual(['BIGINT', 'VARCHAR', 'DOUBLE', 'TIMESTAMP', 'VARCHAR']);
      expect(tables.map((t) => t.name)).toContain('고객');
      expect(tables.some((t) => t.name.startsWith('__segbook'))).toBe(false);
    });

    it('profiles a table', async () => {
      await engine.exec("CREATE OR REPLACE TABLE prof AS SELECT * FROM (VALUES (1, 'a'), (2, NULL), (NULL, 'b'), (4, 'b')) t(x, y)");
      const profile = await engine.profileTable('prof');
      expect(profile.rowCount).toBe(4);
      expect(profile.columns).toEqual([
        { name: 'x', type: 'INTEGER', nullCount: 1, distinctEstimate: 3, min: '1', max: '4' },
        { name: 'y', type: 'VARCHAR', nullCount: 1, distinctEstimate: 2, min: 'a', max: 'b' },
      ]);
    });

    it('exports CSV with a BOM that re-imports to the same rows', async () => {
      const sql = 'SELECT * FROM korean_cp949_csv ORDER BY 1';
      const bytes = await engine.exportQuery(sql, { format: 'csv', bom: true });
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      await load('export.csv', 'reimported_csv', bytes);
      expect(await rows('SELECT * FROM reimported_csv ORDER BY 1')).toEqual(await rows(sql));
      const plain = await engine.exportQuery(sql, { format: 'csv' });
      expect(plain[0]).not.toBe(0xef);
    });

    it('exports Parquet that re-imports to the same rows', async () => {
      const sql = 'SELECT order_id, customer, amount, ordered_at FROM orders ORDER BY order_id';
      const bytes = await engine.exportQuery(sql, { format: 'parquet' });
      expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
      await load('export.parquet', 'reimported_pq', bytes);
      expect(await rows('SELECT * FROM reimported_pq ORDER BY order_id')).toEqual(await rows(sql));
    });

    it('reports SQL errors with DuckDB text and the SQL', async () => {
      const error = await expectCode(engine.query('SELECT nope FROM orders'), 'engine.sql');
      expect(String(error.params.detail)).toMatch(/nope/);
      expect(error.sql).toBe('SELECT nope FROM orders');
    });

    it('cancels a long query and stays usable', async () => {
      const progress: Progress[] = [];
      const started = Date.now();
      const running = engine.query('SELECT sum(a.range) FROM range(10000000000) a, range(3) b', 'long', (p) => progress.push(p));
      await new Promise((r) => setTimeout(r, 300));
      expect(await engine.cancel('long')).toBe(true);
      await expectCode(running, 'engine.cancelled');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await engine.cancel('long')).toBe(false);
      expect(await rows('SELECT 42')).toEqual([[42]]);
    });

    it('reports out of memory cleanly and stays usable', async () => {
      const error = await expectCode(engine.query('SELECT list(range) FROM range(100000000)'), 'engine.oom');
      expect(String(error.params.detail)).toMatch(/Out of Memory/);
      expect(await rows('SELECT count(*) FROM orders')).toEqual([[120]]);
    });

    it('a cancel that arrives before its query refuses the query when it comes', async () => {
      expect(await engine.cancel('early')).toBe(false); // nothing running yet
      await expectCode(engine.query('SELECT 1', 'early'), 'engine.cancelled');
      expect(await rows('SELECT 43')).toEqual([[43]]);
      // The early cancel is used up: the same id runs normally afterwards.
      expect(decodeRows((await engine.query('SELECT 44', 'early')).ipc).rows).toEqual([[44]]);
    });

    it('cancels an import by its queryId', async () => {
      const importing = engine.importFile({ file: 'korean-cp949.csv', table: 'never', options: { format: 'csv' } }, 'imp');
      expect(await engine.cancel('imp')).toBe(true);
      await expectCode(importing, 'engine.cancelled');
      expect((await engine.listTables()).map((t) => t.name)).not.toContain('never');
    });

    it('cannot reach URLs, local paths or extensions, nor unlock its settings', async () => {
      const started = Date.now();
      await expectCode(engine.query("SELECT * FROM read_csv('https://example.com/x.csv')"), ['engine.forbidden', 'engine.extension']);
      await expectCode(engine.query("SELECT * FROM read_csv('s3://bucket/x.csv')"), ['engine.forbidden', 'engine.extension']);
      await expectCode(engine.query("SELECT * FROM read_csv('/etc/passwd')"), 'engine.forbidden');
      await expectCode(engine.query("SELECT * FROM read_parquet('https://example.com/x.parquet')"), ['engine.forbidden', 'engine.extension']);
      await expectCode(engine.exec("COPY orders TO '/tmp/segbook-leak.csv'"), 'engine.forbidden');
      // INSTALL alone is allowed (a no-op in DuckDB-WASM); LOAD is what would run foreign code
      await expectCode(engine.exec('LOAD httpfs'), ['engine.forbidden', 'engine.extension']);
      for (const setting of [
        'SET autoload_known_extensions = true',
        'SET autoinstall_known_extensions = true',
        'SET enable_external_access = true',
        'SET lock_configuration = false',
        "SET allowed_directories = ['/']",
      ]) {
        await expectCode(engine.exec(setting), 'engine.forbidden');
      }
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await rows('SELECT count(*) FROM orders')).toEqual([[120]]);
    });

    it.skipIf(!existsSync(RETAIL))('imports the shipped Online Retail CSV (541,909 rows)', async () => {
      await engine.registerFile('online_retail.csv.gz', new Uint8Array(readFileSync(RETAIL)));
      const started = performance.now();
      const progress: Progress[] = [];
      const sniff = await engine.sniffFile('online_retail.csv.gz');
      const result = await engine.importFile({ file: 'online_retail.csv.gz', table: 'retail', options: sniff.detected }, 'retail', (p) =>
        progress.push(p),
      );
      console.log(`${name}: Online Retail csv.gz sniff+import ${(performance.now() - started).toFixed(0)} ms, ${progress.length} progress events`);
      expect(progress.every((p) => p.fraction === null || (p.fraction >= 0 && p.fraction <= 1))).toBe(true);
      expect(result.rowCount).toBe(541_909);
      expect(result.columns.find((c) => c.name === 'InvoiceDate')?.type).toBe('TIMESTAMP');
    });
  });
}
