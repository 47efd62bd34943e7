// CSV encoding (RFC 4180 quoting, formats) and the round trip through DuckDB's own CSV reader:
// the sniffer must find the schema's types, and every value must come back unchanged.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOP_SCHEMA, SHOP_TABLES, encodeCsvRows, quoteCsvField, shopCsvToParquetSql, shopReadCsvSql, type Row } from '../../src/demo-data';
import { quoteLiteral } from '../../src/core/sql/quote';
import { column, csvFile, shop1k } from './shop-fixture';

const utc = (text: string) => Date.parse(`${text}Z`) / 1000;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('CSV encoding', () => {
  it('quotes only fields holding a comma, quote or line break, doubling quotes', () => {
    expect(quoteCsvField('서울특별시')).toBe('서울특별시');
    expect(quoteCsvField(' padded ')).toBe(' padded ');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
    expect(quoteCsvField('cr\r')).toBe('"cr\r"');
  });

  it('writes nulls as empty fields, booleans, dates and timestamps in fixed formats', () => {
    const customers: Row[] = [[5, utc('2019-06-01T00:00:00'), null, null, '서울특별시', 'kakao', 'app', true]];
    expect(decode(encodeCsvRows('customers', customers))).toBe('5,2019-06-01,,,서울특별시,kakao,app,true\n');
    const survey: Row[] = [
      [1, utc('2024-02-29T23:59:59'), 10, '가성비형', 5, '저녁', '배송 속도', 'a, "b"\nc'],
      [-3, utc('1999-12-31T00:00:01'), 0, null, 2 ** 40, '', 'x', null],
      [7, utc('2023-01-01T00:00:00'), 7, 'y', 1, 'z', 'w', false],
    ];
    expect(decode(encodeCsvRows('survey', survey))).toBe(
      '1,2024-02-29 23:59:59,10,가성비형,5,저녁,배송 속도,"a, ""b""\nc"\n' + '-3,1999-12-31 00:00:01,0,,1099511627776,,x,\n' + '7,2023-01-01 00:00:00,7,y,1,z,w,false\n',
    );
  });

  it('grows its buffer for long text without losing bytes', () => {
    const long = (i: number) => `${i}번째, "긴" 의견 `.repeat(300);
    const rows: Row[] = Array.from({ length: 200 }, (_, i) => [i, utc('2025-05-05T05:05:05'), i % 11, 's', 3, 't', 'v', long(i)]);
    const expected = rows.map((r) => `${r[0]},2025-05-05 05:05:05,${r[2]},s,3,t,v,${quoteCsvField(r[7] as string)}\n`).join('');
    expect(decode(encodeCsvRows('survey', rows))).toBe(expected);
  });
});

describe('CSV through DuckDB read_csv', () => {
  const shop = shop1k();
  let dir: string;
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const rowsOf = async (sql: string) => (await db.runAndReadAll(sql)).getRowsJson();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'segbook-demo-'));
    for (const t of SHOP_TABLES) writeFileSync(join(dir, `${t}.csv`), csvFile(t, shop[t]));
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(SHOP_TABLES)('%s: the sniffer finds the schema types and every row', async (t) => {
    const source = `read_csv(${quoteLiteral(join(dir, `${t}.csv`))})`;
    const described = await rowsOf(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`);
    expect(described).toEqual(SHOP_SCHEMA[t].map((c) => [c.name, c.type]));
    expect(await rowsOf(`SELECT count(*)::DOUBLE FROM ${source}`)).toEqual([[shop[t].length]]);
  });

  it('brings back quoted survey comments and timestamps exactly', async () => {
    const source = `read_csv(${quoteLiteral(join(dir, 'survey.csv'))})`;
    const comment = column<string | null>('survey', 'comment');
    const expected = shop.survey.filter((s) => comment(s) !== null).map((s) => [String(s[0]), comment(s)]);
    expect(expected.some(([, c]) => c!.includes(',')) && expected.some(([, c]) => c!.includes('"'))).toBe(true);
    expect(await rowsOf(`SELECT customer_id::VARCHAR, comment FROM ${source} WHERE comment IS NOT NULL ORDER BY customer_id`)).toEqual(expected);
    const orders = `read_csv(${quoteLiteral(join(dir, 'orders.csv'))})`;
    const sum = (name: string) => shop.orders.reduce((s, o) => s + column<number>('orders', name)(o), 0);
    expect(await rowsOf(`SELECT sum(epoch(ordered_at))::DOUBLE, sum(amount_krw)::DOUBLE FROM ${orders}`)).toEqual([[sum('ordered_at'), sum('amount_krw')]]);
  });

  it('reads line breaks inside quoted fields', async () => {
    const path = join(dir, 'tricky.csv');
    const rows: Row[] = [1, 2, 3].map((i) => [i, utc('2025-01-01T10:00:00'), 9, 'a', 1, 'b', 'c', `줄 ${i}\n"다음", 줄`]);
    writeFileSync(path, csvFile('survey', rows));
    expect(await rowsOf(`SELECT comment FROM read_csv(${quoteLiteral(path)}) ORDER BY customer_id`)).toEqual(rows.map((r) => [r[7]]));
  });

  it('converts a gzip CSV to Parquet with the schema types (the CLI --parquet path)', async () => {
    const gz = join(dir, 'events.csv.gz');
    const parquet = join(dir, 'events.parquet');
    writeFileSync(gz, gzipSync(csvFile('events', shop.events)));
    expect(await rowsOf(`SELECT count(*)::DOUBLE FROM ${shopReadCsvSql(gz, 'events')}`)).toEqual([[shop.events.length]]);
    await db.run(shopCsvToParquetSql(gz, parquet, 'events'));
    const source = `read_parquet(${quoteLiteral(parquet)})`;
    expect(await rowsOf(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`)).toEqual(SHOP_SCHEMA.events.map((c) => [c.name, c.type]));
    expect(await rowsOf(`SELECT count(*)::DOUBLE, count(order_id)::DOUBLE FROM ${source}`)).toEqual([
      [shop.events.length, shop.events.filter((e) => column<number | null>('events', 'order_id')(e) !== null).length],
    ]);
  });
});
