// The per-state summary (funnel order, customers, share, revenue) over the hand-built table,
// with counts and revenue derived from hand-cases.ts, on native DuckDB and on DuckDB-WASM.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileLifecycle,
  compileLifecycleSummary,
  defaultLifecycleSettings,
  LIFECYCLE_STATES,
  type LifecycleSettings,
} from '../../../src/core/segments/lifecycle';
import { createNativeEngine } from '../../../src/engine/node';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { AS_OF, DEFAULT_AMOUNT, DEFAULT_CASES, orderValues } from './hand-cases';
import { queryRecords, sqlOf } from './records';

const COLUMNS: ColumnInfo[] = [
  { name: 'customer_id', type: 'VARCHAR' },
  { name: 'order_date', type: 'DATE' },
  { name: 'amount', type: 'DOUBLE' },
];
const settings = (patch: Partial<LifecycleSettings> = {}): LifecycleSettings => ({ ...defaultLifecycleSettings(COLUMNS), asOf: AS_OF, ...patch });

/** Customers and revenue per state, from the hand-written expectations. */
function expectedSummary() {
  const listed = DEFAULT_CASES.filter((h) => h.expected !== null);
  return LIFECYCLE_STATES.map((state) => {
    const members = listed.filter((h) => h.expected!.state === state);
    const revenue = members.reduce((sum, h) => sum + (h.amount === null ? 0 : h.expected!.orders * DEFAULT_AMOUNT), 0);
    return { state_id: state, customers: members.length, share: members.length / listed.length, revenue };
  });
}

const ENGINES: [string, () => Promise<EngineApi & { close?(): Promise<void> }>][] = [
  ['native', () => createNativeEngine()],
  ['wasm', () => createWasmNodeEngine()],
];

describe.each(ENGINES)('lifecycle summary (%s)', (_, create) => {
  let engine: EngineApi & { close?(): Promise<void> };
  beforeAll(async () => {
    engine = await create();
    await engine.start();
    await engine.exec(`CREATE TABLE orders AS SELECT * FROM (VALUES\n${orderValues(DEFAULT_CASES)}) AS t(customer_id, order_date, amount)`);
  });
  afterAll(async () => engine.close?.());

  async function summarize(s: LifecycleSettings, locale: 'en' | 'ko' = 'en') {
    await engine.exec(`CREATE OR REPLACE TABLE lifecycle AS ${sqlOf(compileLifecycle(s, { table: 'orders', columns: COLUMNS }, locale))}`);
    return queryRecords(engine, sqlOf(compileLifecycleSummary(s, 'lifecycle', locale)));
  }

  it('lists every state in funnel order with customers, share and revenue', async () => {
    const rows = await summarize(settings(), 'ko');
    const want = expectedSummary();
    const totalRevenue = want.reduce((sum, w) => sum + w.revenue, 0);
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.state)).toEqual(['신규', '활동', '충성', '이탈 위험', '휴면 / 이탈', '복귀']);
    rows.forEach((row, i) => {
      expect(row).toMatchObject({ state_id: want[i]!.state_id, customers: want[i]!.customers });
      expect(row.share).toBeCloseTo(want[i]!.share, 12);
      expect(row.revenue).toBeCloseTo(want[i]!.revenue, 9);
      expect(row.revenue_share).toBeCloseTo(want[i]!.revenue / totalRevenue, 12);
    });
  });

  it('keeps empty states at 0 and has no revenue columns without an amount', async () => {
    const rows = await summarize(settings({ asOf: '2000-01-01', columns: { customer: 'customer_id', timestamp: 'order_date' } }));
    expect(rows.map((r) => [r.state_id, r.customers, r.share])).toEqual(LIFECYCLE_STATES.map((state) => [state, 0, null]));
    expect(Object.keys(rows[0]!)).toEqual(['position', 'state_id', 'state', 'customers', 'share']);
  });
});
