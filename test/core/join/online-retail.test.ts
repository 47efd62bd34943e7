// A single customer view on the Online Retail shape, as a user would build it: clean the
// lines, then join them onto a customer list whose ids are text. The first attempt stops at the
// key types (BIGINT against VARCHAR) with a proposed cast; with it, every customer gets one row
// with their order summary. Expected values are computed here in plain TypeScript.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileClean } from '../../../src/core/clean';
import { compileJoin, compileJoinReport, defaultJoinSettings, readJoinReport, type JoinInput, type JoinSettings } from '../../../src/core/join';
import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { RETAIL_LINES, RETAIL_TABLE, createRetailSql, expectedSteps, retailCleanSettings } from '../clean/online-retail';
import { describeTable, rowsOf, unwrap, type Engine } from '../clean/run';

// Text ids as a CRM export writes them: one padded with a space, one not a number, one who never ordered.
const CUSTOMERS: [string, string, string][] = [
  ['17850', '김민수', 'United Kingdom'],
  ['13047', "O'Brien", 'United Kingdom'],
  [' 12583', 'Amélie "Amy" Dupont', 'France'],
  ['12680', '이서연', 'France'],
  ['99999', '박지훈', '대한민국'],
  ['N/A', 'walk-in', 'United Kingdom'],
];
const CUSTOMER_TABLE = '고객 목록';
const ORDERS_TABLE = 'orders_clean';

describe.each<[string, () => Promise<Engine>]>([
  ['native', () => createNativeEngine()],
  ['wasm', () => createWasmNodeEngine()],
])('Online Retail single customer view (%s)', (_, create) => {
  let engine: Engine;
  let inputs: JoinInput[];

  beforeAll(async () => {
    engine = await create();
    await engine.start();
    for (const statement of createRetailSql()) await engine.exec(statement);
    const retail = { table: RETAIL_TABLE, columns: await describeTable(engine, RETAIL_TABLE) };
    await engine.exec(`CREATE TABLE ${quoteIdent(ORDERS_TABLE)} AS ${unwrap(compileClean(retailCleanSettings(retail.columns), retail)).sql}`);
    const rows = CUSTOMERS.map((c) => `(${c.map(quoteLiteral).join(', ')})`).join(', ');
    await engine.exec(`CREATE TABLE ${quoteIdent(CUSTOMER_TABLE)} AS SELECT * FROM (VALUES ${rows}) AS t("CustomerID", "이름", "Country")`);
    inputs = [
      { table: ORDERS_TABLE, columns: await describeTable(engine, ORDERS_TABLE) },
      { table: CUSTOMER_TABLE, columns: await describeTable(engine, CUSTOMER_TABLE) },
    ];
  });
  afterAll(async () => engine.close?.());

  it('proposes the customer list as the base, and a BIGINT cast for its text ids', () => {
    const proposed = defaultJoinSettings(inputs);
    expect(proposed.base).toBe(1);
    expect(proposed.joins[0]!.keys).toEqual([{ left: 'CustomerID', right: 'CustomerID', as: 'BIGINT' }]);
    const withoutCast: JoinSettings = { ...proposed, joins: [{ ...proposed.joins[0]!, keys: [{ left: 'CustomerID', right: 'CustomerID', as: null }] }] };
    expect(compileJoin(withoutCast, inputs)).toEqual({
      problem: { code: 'join.keyTypeMismatch', params: { left: 'CustomerID', leftType: 'VARCHAR', right: 'CustomerID', rightType: 'BIGINT', cast: 'BIGINT' }, path: [0] },
    });
  });

  it('gives every listed customer one row with their order summary', async () => {
    const proposed = defaultJoinSettings(inputs);
    const settings: JoinSettings = {
      ...proposed,
      joins: [{ ...proposed.joins[0]!, aggregate: { ...proposed.joins[0]!.aggregate!, measures: [...proposed.joins[0]!.aggregate!.measures, { column: 'Quantity', fn: 'sum' }], latest: [{ column: 'StockCode', by: 'InvoiceDate' }] } }],
    };
    const compiled = unwrap(compileJoin(settings, inputs));
    expect(compiled.columns.map((c) => c.name)).toEqual([
      'CustomerID', '이름', 'Country', 'orders_clean_row_count', 'orders_clean_count_distinct_InvoiceNo', 'orders_clean_max_InvoiceDate', 'orders_clean_sum_Quantity', 'orders_clean_latest_StockCode',
    ]);
    const rows = await rowsOf(engine, `SELECT * FROM (${compiled.sql}) ORDER BY "이름"`);

    const lines = expectedSteps(RETAIL_LINES).at(-1)!;
    const expected = CUSTOMERS.map(([id, name, country]) => {
      const mine = /^\s*\d+\s*$/.test(id) ? lines.filter((l) => l.CustomerID === Number(id)) : [];
      // Latest by time; lines of one invoice tie, and the greatest stock code wins.
      const last = [...mine].sort((a, b) => a.InvoiceDate.localeCompare(b.InvoiceDate) || (a.StockCode < b.StockCode ? -1 : a.StockCode > b.StockCode ? 1 : 0)).at(-1);
      return {
        CustomerID: id,
        이름: name,
        Country: country,
        orders_clean_row_count: mine.length === 0 ? null : mine.length,
        orders_clean_count_distinct_InvoiceNo: mine.length === 0 ? null : new Set(mine.map((l) => l.InvoiceNo)).size,
        orders_clean_max_InvoiceDate: last ? last.InvoiceDate.replace(' ', 'T') + '.000' : null,
        orders_clean_sum_Quantity: mine.length === 0 ? null : mine.reduce((s, l) => s + l.Quantity, 0),
        orders_clean_latest_StockCode: last?.StockCode ?? null,
      };
    }).sort((a, b) => (a.이름 < b.이름 ? -1 : 1));
    expect(rows).toEqual(expected);
    expect(rows.filter((r) => r.orders_clean_row_count !== null).length).toBe(4);
  });

  it('reports the customers without orders and the buyers missing from the list', async () => {
    const settings = defaultJoinSettings(inputs);
    const result = decodeRows((await engine.query(unwrap(compileJoinReport(settings, inputs)).sql)).ipc);
    const { joins, warnings } = readJoinReport(settings, inputs, result);
    const buyers = new Set(expectedSteps(RETAIL_LINES).at(-1)!.map((l) => l.CustomerID));
    const listed = new Set(CUSTOMERS.map(([id]) => id.trim()).filter((id) => /^\d+$/.test(id)).map(Number));
    expect(joins).toEqual([
      {
        joinIndex: 0,
        rowsBefore: CUSTOMERS.length,
        rowsAfter: CUSTOMERS.length,
        baseKeysMatched: [...listed].filter((id) => buyers.has(id)).length,
        baseKeysUnmatched: [...listed].filter((id) => !buyers.has(id)).length,
        baseRowsNullKey: 1,
        rightKeysUnmatched: [...buyers].filter((id) => !listed.has(id!)).length,
        rightRowsNullKey: 0,
        rightRowsPerKeyMax: Math.max(...[...buyers].map((id) => expectedSteps(RETAIL_LINES).at(-1)!.filter((l) => l.CustomerID === id).length)),
      },
    ]);
    expect(joins[0]!.rightRowsPerKeyMax).toBeGreaterThan(1);
    // Summarised, so the many lines per customer do not repeat customers.
    expect(warnings).toEqual([]);
  });
});
