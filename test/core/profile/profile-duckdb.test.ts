// Segment profiles in native DuckDB against the same figures computed in TypeScript
// (reference.ts) from the hand-built customers: sizes, shares, revenue with nulls, average order
// value, indices, extra numeric columns, known (empty) segments and an empty table.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProfile, readProfileRows, type ProfileRow } from '../../../src/core/segments/profile';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { createNativeEngine } from '../../../src/engine/node';
import { C, fullSettings, generateCustomers, SEGMENTS, TABLE } from './dataset';
import { decoded, expectNumber, loadCustomers, sqlOf, type TestEngine } from './engine';
import { indexOf, referenceRow, segmentsOf, type NumericKey, type ReferenceRow } from './reference';

const CUSTOMERS = generateCustomers();
const NUMERIC: NumericKey[] = ['age', 'responded', 'zero'];
let engine: TestEngine;
let columns: ColumnInfo[];

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  columns = await loadCustomers(engine, CUSTOMERS);
  await loadCustomers(engine, [], 'empty');
});
afterAll(async () => engine.close?.());

async function profile(settings = fullSettings(), options: Parameters<typeof compileProfile>[2] = {}, table = TABLE): Promise<ProfileRow[]> {
  const { sql } = sqlOf(compileProfile(settings, { table, columns }, options));
  return readProfileRows(await decoded(engine, sql), settings);
}

function expectMatches(row: ProfileRow, want: ReferenceRow, all: ReferenceRow, what: string) {
  expect(row.customers, what).toBe(want.customers);
  expectNumber(row.share, all.customers === 0 ? null : want.customers / all.customers, `${what} share`);
  expectNumber(row.revenue, want.revenue, `${what} revenue`);
  expectNumber(row.revenueShare, want.revenue === null || all.revenue === null ? null : want.revenue / all.revenue, `${what} revenue share`);
  expectNumber(row.avgRevenue, want.avgRevenue, `${what} avg revenue`);
  expectNumber(row.aov, want.aov, `${what} aov`);
  expectNumber(row.avgFrequency, want.avgFrequency, `${what} frequency`);
  expectNumber(row.avgRecency, want.avgRecency, `${what} recency`);
  expectNumber(row.revenueIndex, indexOf(want.avgRevenue, all.avgRevenue), `${what} revenue index`);
  expectNumber(row.aovIndex, indexOf(want.aov, all.aov), `${what} aov index`);
  expectNumber(row.frequencyIndex, indexOf(want.avgFrequency, all.avgFrequency), `${what} frequency index`);
  expectNumber(row.recencyIndex, indexOf(want.avgRecency, all.avgRecency), `${what} recency index`);
  row.extras.forEach((extra, i) => {
    expectNumber(extra.mean, want.means[i]!, `${what} mean ${extra.column}`);
    expectNumber(extra.index, indexOf(want.means[i]!, all.means[i]!), `${what} index ${extra.column}`);
  });
}

describe('compileProfile on native DuckDB', () => {
  it('gives All customers first, then every segment by size, each matching the reference', async () => {
    const rows = await profile();
    const all = referenceRow(CUSTOMERS, NUMERIC);
    expect(rows[0]).toMatchObject({ isAll: true, segment: 'All customers', segmentId: null });
    expectMatches(rows[0]!, all, all, 'all');
    const groups = segmentsOf(CUSTOMERS);
    expect(rows.slice(1).map((r) => r.segment)).toEqual(
      [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)).map(([s]) => s),
    );
    for (const row of rows.slice(1)) {
      const members = groups.get(row.segment)!;
      expect(row.segmentId).toBe(members[0]!.segmentId);
      expectMatches(row, referenceRow(members, NUMERIC), all, String(row.segment));
    }
  });

  it('leaves null revenue out of sums and the AOV, but keeps those customers in the counts', async () => {
    const rows = await profile();
    const unpriced = rows.find((r) => r.segment === 'Unpriced')!;
    expect(unpriced).toMatchObject({ customers: 15, revenue: null, revenueShare: null, avgRevenue: null, aov: null, revenueIndex: null, aovIndex: null });
    expect(unpriced.avgFrequency).not.toBeNull();
    const all = rows[0]!;
    expect(all.revenue).toBeCloseTo(CUSTOMERS.reduce((s, c) => s + (c.revenue ?? 0), 0), 6);
    // the shares of the segments with revenue add up to 1
    expect(rows.slice(1).reduce((s, r) => s + (r.revenueShare ?? 0), 0)).toBeCloseTo(1, 12);
    // an extra column that is 0 for everyone has no index rather than a division by zero
    expect(rows.every((r) => r.extras.find((e) => e.column === C.zero)!.index === null)).toBe(true);
  });

  it('divides the AOV by frequency when no orders column is bound, and leaves it null with neither', async () => {
    const base = fullSettings();
    const byFrequency = await profile({ ...base, columns: { ...base.columns, orders: undefined } });
    const champions = CUSTOMERS.filter((c) => c.segment === 'Champions');
    expectNumber(byFrequency.find((r) => r.segment === 'Champions')!.aov, referenceRow(champions, NUMERIC, 'frequency').aov, 'aov by frequency');
    const neither = await profile({ ...base, columns: { customer: C.customer, segment: C.segment, revenue: C.revenue } });
    expect(neither.every((r) => r.aov === null && r.avgFrequency === null && r.avgRecency === null && r.segmentId === null)).toBe(true);
    expect(neither.find((r) => r.segment === 'Champions')!.revenue).toBeCloseTo(referenceRow(champions, []).revenue!, 6);
  });

  it('puts known segments first in their order, with empty ones at 0 customers and their ids', async () => {
    const known = [
      { segment: 'Tiny' },
      { segment: `O'Brien "empty"`, segmentId: 'never_seen' },
      { segment: 'At risk', segmentId: 'ignored_when_data_has_one' },
      { segment: `Bob's "VIP"` },
    ];
    const rows = await profile(fullSettings(), { segments: known, locale: 'ko' });
    expect(rows[0]!.segment).toBe('전체 고객');
    expect(rows.slice(1, 5).map((r) => [r.segment, r.segmentId, r.customers])).toEqual([
      ['Tiny', 'tiny', 3],
      [`O'Brien "empty"`, 'never_seen', 0],
      ['At risk', 'at_risk', 50],
      [`Bob's "VIP"`, 'bob_vip', 20],
    ]);
    expect(rows[2]).toMatchObject({ share: 0, revenue: null, avgRecency: null, aov: null });
    const rest = rows.slice(5).map((r) => r.customers);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(rows.length).toBe(1 + SEGMENTS.length + 1);
  });

  it('gives a lone All customers row with 0 customers for an empty table', async () => {
    const rows = await profile(fullSettings(), { segments: [{ segment: 'Champions' }] }, 'empty');
    expect(rows.map((r) => [r.isAll, r.segment, r.customers, r.share])).toEqual([
      [true, 'All customers', 0, null],
      [false, 'Champions', 0, null],
    ]);
  });

  it('leaves rows with a null customer out', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE with_null_customer AS SELECT * FROM "my ""profile"" 'table'" UNION ALL SELECT NULL, 'Champions', 'champions', 5, 1, 1, 1, 1, false, 0, NULL, 'F'`);
    const rows = await profile(fullSettings(), {}, 'with_null_customer');
    expect(rows[0]!.customers).toBe(CUSTOMERS.length);
  });
});
