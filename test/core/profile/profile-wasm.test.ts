// The browser's engine (DuckDB-WASM, run in Node) gives the same profile, top values and Pareto
// figures as native DuckDB, which the other tests check against the TypeScript reference.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileParetoShare, compileProfile, compileProfileTopValues } from '../../../src/core/segments/profile';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { createNativeEngine } from '../../../src/engine/node';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { fullSettings, generateCustomers, TABLE } from './dataset';
import { decoded, loadCustomers, sqlOf, type TestEngine } from './engine';

const CUSTOMERS = generateCustomers();
let native: TestEngine;
let wasm: TestEngine;
let columns: ColumnInfo[];

beforeAll(async () => {
  native = await createNativeEngine();
  wasm = await createWasmNodeEngine();
  await Promise.all([native.start(), wasm.start()]);
  columns = await loadCustomers(native, CUSTOMERS);
  expect(await loadCustomers(wasm, CUSTOMERS)).toEqual(columns);
});
afterAll(async () => {
  await native.close?.();
  await wasm.close?.();
});

const rounded = (rows: unknown[][]) => rows.map((row) => row.map((v) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));

it('profile, top values and Pareto agree between WASM and native DuckDB', async () => {
  const settings = fullSettings({ topN: 3 });
  const input = { table: TABLE, columns };
  const pareto = sqlOf(compileParetoShare(settings, input));
  const queries = [
    sqlOf(compileProfile(settings, input, { segments: [{ segment: 'Never seen' }] })).sql,
    sqlOf(compileProfileTopValues(settings, input)).sql,
    pareto.shareSql,
    pareto.curveSql,
  ];
  for (const sql of queries) {
    const [a, b] = [await decoded(native, sql), await decoded(wasm, sql)];
    expect(b.columns.map((c) => c.name)).toEqual(a.columns.map((c) => c.name));
    expect(a.rows.length).toBeGreaterThan(0);
    expect(rounded(b.rows)).toEqual(rounded(a.rows));
  }
});
