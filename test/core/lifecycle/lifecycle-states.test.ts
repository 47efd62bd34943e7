// Every lifecycle state and every boundary day (exactly N, A, C and G days), the precedence
// between states, missing values, and the as-of date, on native DuckDB against expectations
// written by hand in hand-cases.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLifecycle, defaultLifecycleSettings, type LifecycleSettings } from '../../../src/core/segments/lifecycle';
import { createNativeEngine } from '../../../src/engine/node';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import {
  AS_OF,
  DEFAULT_AMOUNT,
  DEFAULT_CASES,
  LOYAL_CASES,
  PRECEDENCE_CASES,
  PRECEDENCE_THRESHOLDS,
  dayBefore,
  orderValues,
  type HandCustomer,
} from './hand-cases';
import { queryRecords, sqlOf, type ResultRecord } from './records';

const COLUMNS: ColumnInfo[] = [
  { name: 'customer_id', type: 'VARCHAR' },
  { name: 'order_date', type: 'DATE' },
  { name: 'amount', type: 'DOUBLE' },
];

function handSettings(patch: Partial<LifecycleSettings> = {}): LifecycleSettings {
  return { ...defaultLifecycleSettings(COLUMNS), asOf: AS_OF, ...patch };
}

/** The columns the hand tables state, from a result row. */
function observed(row: ResultRecord) {
  return {
    state: row.state_id,
    orders: row.orders,
    recency: row.recency_days,
    tenure: row.tenure_days,
    gap: row.previous_gap_days,
    returned: row.returned_at,
  };
}

function expectedRows(cases: HandCustomer[]) {
  return cases
    .filter((h) => h.expected !== null)
    .map((h) => ({ customer: h.customer, ...h.expected!, returned: h.expected!.returned === null ? null : dayBefore(h.expected!.returned) }))
    .sort((a, b) => (a.customer < b.customer ? -1 : 1));
}

describe('lifecycle states on native DuckDB', () => {
  let engine: EngineApi & { close(): Promise<void> };
  const tables = { defaults: DEFAULT_CASES, precedence: PRECEDENCE_CASES, loyal: LOYAL_CASES };

  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
    for (const [name, cases] of Object.entries(tables)) {
      await engine.exec(`CREATE TABLE ${name} AS SELECT * FROM (VALUES\n${orderValues(cases)}) AS t(customer_id, order_date, amount)`);
    }
  });
  afterAll(async () => engine.close());

  async function run(table: keyof typeof tables, settings: LifecycleSettings, locale: 'en' | 'ko' = 'en'): Promise<ResultRecord[]> {
    return queryRecords(engine, sqlOf(compileLifecycle(settings, { table, columns: COLUMNS }, locale)));
  }

  it('gives every customer the hand-written state, day counts, gap and comeback (defaults)', async () => {
    const rows = await run('defaults', handSettings());
    expect(rows.map((r) => ({ customer: r.customer, ...observed(r) }))).toEqual(expectedRows(DEFAULT_CASES));
    expect(new Set(rows.map((r) => r.state_id))).toEqual(new Set(['new', 'active', 'loyal', 'at_risk', 'churned', 'reactivated']));
  });

  it('shows first and last order as dates, revenue from the amounts, and English labels', async () => {
    const rows = await run('defaults', handSettings());
    const row = (customer: string) => rows.find((r) => r.customer === customer)!;
    expect(row('active_three')).toMatchObject({ first_order: dayBefore(100), last_order: dayBefore(10), revenue: 3 * DEFAULT_AMOUNT, state: 'Active' });
    expect(row('order_on_as_of')).toMatchObject({ first_order: dayBefore(200), last_order: dayBefore(200), revenue: DEFAULT_AMOUNT, state: 'Dormant / churned' });
    expect(row('partly_null').revenue).toBeNull();
    expect(Object.keys(row('new_yesterday'))).toEqual([
      'customer', 'first_order', 'last_order', 'orders', 'revenue', 'recency_days', 'tenure_days', 'previous_gap_days', 'returned_at', 'state', 'state_id',
    ]);
  });

  it('applies the precedence: churned, at risk, reactivated, new, loyal, active', async () => {
    const thresholds = PRECEDENCE_THRESHOLDS;
    const rows = await run('precedence', handSettings({ thresholds }));
    expect(rows.map((r) => ({ customer: r.customer, ...observed(r) }))).toEqual(expectedRows(PRECEDENCE_CASES));
    const loyal = await run('loyal', handSettings({ thresholds: { ...thresholds, newWithinDays: 1 } }));
    expect(loyal.map((r) => ({ customer: r.customer, ...observed(r) }))).toEqual(expectedRows(LOYAL_CASES));
  });

  it('reads G from C when the gap is not set, and from the setting when it is', async () => {
    const base = handSettings();
    const followC = await run('defaults', { ...base, thresholds: { ...base.thresholds, churnedAfterDays: 400 } });
    // C 400: the 390-day gap is no comeback any more, and 200 days of silence is only "at risk".
    expect(followC.find((r) => r.customer === 'reactivated')!.state_id).toBe('active');
    expect(followC.find((r) => r.customer === 'churned_after_c')!.state_id).toBe('at_risk');
    const ownG = await run('defaults', { ...base, thresholds: { ...base.thresholds, churnedAfterDays: 400, reactivationGapDays: 390 } });
    expect(ownG.find((r) => r.customer === 'reactivated')!.state_id).toBe('reactivated');
  });

  it('labels states in Korean, and with the user’s own labels quoted as text', async () => {
    const ko = await run('defaults', handSettings(), 'ko');
    expect(ko.find((r) => r.customer === 'reactivated')!.state).toBe('복귀');
    const labels = { ...handSettings().labels, new: { en: "New 'n' \"fresh\"", ko: '새 고객; DROP TABLE defaults' } };
    const rows = await run('defaults', handSettings({ labels }), 'ko');
    expect(rows.find((r) => r.customer === 'new_yesterday')!.state).toBe('새 고객; DROP TABLE defaults');
    expect((await run('defaults', handSettings({ labels }))).find((r) => r.state_id === 'new')!.state).toBe("New 'n' \"fresh\"");
  });

  it('gives an empty table for an as-of date before the data', async () => {
    expect(await run('defaults', handSettings({ asOf: '2000-01-01' }))).toEqual([]);
  });

  it('takes the day after the latest order when no as-of date is given', async () => {
    // Without the rows on or after D, the latest order is the day before D, so D is the same.
    const before = DEFAULT_CASES.filter((h) => h.orders.every((days) => days === null || days > 0));
    await engine.exec(`CREATE TABLE before_as_of AS SELECT * FROM (VALUES\n${orderValues(before)}) AS t(customer_id, order_date, amount)`);
    const rows = await queryRecords(engine, sqlOf(compileLifecycle(handSettings({ asOf: null }), { table: 'before_as_of', columns: COLUMNS })));
    expect(rows.map((r) => ({ customer: r.customer, ...observed(r) }))).toEqual(expectedRows(before));
  });
});
