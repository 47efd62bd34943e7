// The top-20% revenue share and the Pareto curve in native DuckDB, against a TypeScript sort of
// the same customers (revenue descending, ties by customer id; null revenue left out).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileParetoShare, readParetoCurve, readParetoShare } from '../../../src/core/segments/profile';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { createNativeEngine } from '../../../src/engine/node';
import { fullSettings, generateCustomers, TABLE } from './dataset';
import { decoded, loadCustomers, sqlOf, type TestEngine } from './engine';
import { referencePareto } from './reference';

const CUSTOMERS = generateCustomers();
let engine: TestEngine;
let columns: ColumnInfo[];

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  columns = await loadCustomers(engine, CUSTOMERS);
  await loadCustomers(engine, [], 'empty');
  await loadCustomers(engine, CUSTOMERS.slice(0, 7), 'seven');
});
afterAll(async () => engine.close?.());

async function pareto(topPercent: number, points: number, table = TABLE) {
  const { shareSql, curveSql } = sqlOf(compileParetoShare(fullSettings({ pareto: { topPercent, points } }), { table, columns }));
  return { share: readParetoShare(await decoded(engine, shareSql)), curve: readParetoCurve(await decoded(engine, curveSql)) };
}

describe('compileParetoShare on native DuckDB', () => {
  it('has tied revenues to break by customer id', () => {
    const revenues = CUSTOMERS.flatMap((c) => (c.revenue === null ? [] : [c.revenue]));
    expect(new Set(revenues).size).toBeLessThan(revenues.length);
  });

  it.each([
    [20, 100, TABLE, CUSTOMERS],
    [20, 10, TABLE, CUSTOMERS],
    [33, 7, TABLE, CUSTOMERS],
    [20, 100, 'seven', CUSTOMERS.slice(0, 7)],
  ])('top %i percent with at most %i curve points on %s', async (topPercent, points, table, customers) => {
    const { share, curve } = await pareto(topPercent, points, table);
    const want = referencePareto(customers, topPercent);
    expect(share).toMatchObject({ customers: want.customers, customersWithoutRevenue: want.withoutRevenue, topPercent, topCustomers: want.topCustomers });
    expect(share.revenue).toBeCloseTo(want.total, 6);
    expect(share.topRevenue).toBeCloseTo(want.topRevenue, 6);
    expect(share.topRevenueShare!).toBeCloseTo(want.topRevenue / want.total, 12);
    // the top customers hold at least their share of customers, as revenue is sorted descending
    expect(share.topRevenueShare!).toBeGreaterThanOrEqual(want.topCustomers / want.customers);

    expect(curve[0]).toEqual({ customers: 0, customerShare: 0, revenueShare: 0 });
    expect(curve.length - 1).toBe(Math.min(points, want.customers));
    expect(curve.at(-1)).toEqual({ customers: want.customers, customerShare: 1, revenueShare: 1 });
    for (const point of curve.slice(1)) {
      expect(point.customerShare).toBeCloseTo(point.customers / want.customers, 12);
      expect(point.revenueShare!).toBeCloseTo(want.cumulative[point.customers - 1]! / want.total, 12);
    }
    const xs = curve.map((p) => p.customers);
    expect(xs).toEqual([...new Set(xs)].sort((a, b) => a - b));
  });

  it('gives zeros and no curve for an empty table', async () => {
    const { share, curve } = await pareto(20, 100, 'empty');
    expect(share).toEqual({ customers: 0, customersWithoutRevenue: 0, revenue: 0, topPercent: 20, topCustomers: 0, topRevenue: 0, topRevenueShare: null });
    expect(curve).toEqual([]);
  });

  it('needs a revenue column', () => {
    const settings = fullSettings();
    expect(compileParetoShare({ ...settings, columns: { ...settings.columns, revenue: undefined } }, { table: TABLE, columns })).toEqual({
      problem: { code: 'profile.columnUnset', params: { role: 'revenue' } },
    });
  });
});
