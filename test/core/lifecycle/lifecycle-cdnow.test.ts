// The CDNOW 1/10 sample (test/fixtures/cdnow/CDNOW_sample.txt: master id, sample id, date
// yyyymmdd, CDs, dollars; one row per purchase) through the lifecycle SQL on native DuckDB,
// against states computed here in plain TypeScript from DESIGN.md section 4, not by SQL.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLifecycle, defaultLifecycleSettings, LIFECYCLE_STATES, type LifecycleSettings, type LifecycleState, type LifecycleThresholds } from '../../../src/core/segments/lifecycle';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';
import { queryRecords, sqlOf } from './records';

const DAY_MS = 86_400_000;

interface Purchase {
  customer: number;
  /** UTC midnight of the purchase day, in ms. */
  at: number;
}

function readCdnow(): Purchase[] {
  const text = readFileSync(new URL('../../fixtures/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [master, , date] = line.trim().split(/\s+/) as [string, string, string];
      return { customer: Number(master), at: Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) };
    });
}

/** The state of each customer with a purchase before `asOf`, straight from the definitions. */
function referenceStates(purchases: Purchase[], asOf: string, t: LifecycleThresholds): Map<number, LifecycleState> {
  const d = Date.parse(`${asOf}T00:00:00Z`);
  const days = (from: number, to: number) => Math.floor((to - from) / DAY_MS);
  const byCustomer = new Map<number, number[]>();
  for (const p of purchases) if (p.at < d) byCustomer.set(p.customer, [...(byCustomer.get(p.customer) ?? []), p.at]);
  const gap = t.reactivationGapDays ?? t.churnedAfterDays;
  const states = new Map<number, LifecycleState>();
  for (const [customer, times] of byCustomer) {
    const visits = [...new Set(times)].sort((a, b) => a - b);
    const recency = days(visits[visits.length - 1]!, d);
    const tenure = days(visits[0]!, d);
    const comeback = visits.some((at, i) => i > 0 && days(visits[i - 1]!, at) >= gap && days(at, d) <= t.atRiskAfterDays);
    let state: LifecycleState = 'active';
    if (recency > t.churnedAfterDays) state = 'churned';
    else if (recency > t.atRiskAfterDays) state = 'at_risk';
    else if (comeback) state = 'reactivated';
    else if (tenure <= t.newWithinDays) state = 'new';
    else if (times.length >= t.loyalMinOrders) state = 'loyal';
    states.set(customer, state);
  }
  return states;
}

const countStates = (states: Iterable<LifecycleState>) => {
  const counts = Object.fromEntries(LIFECYCLE_STATES.map((s) => [s, 0])) as Record<LifecycleState, number>;
  for (const state of states) counts[state] += 1;
  return counts;
};

const PURCHASES = readCdnow();
const BASE = defaultLifecycleSettings([
  { name: 'customer_id', type: 'INTEGER' },
  { name: 'ordered_on', type: 'DATE' },
  { name: 'dollars', type: 'DOUBLE' },
]);

const CASES: [string, string, LifecycleThresholds][] = [
  ['after the data, defaults', '1998-07-01', BASE.thresholds],
  ['mid-way, defaults', '1997-10-01', BASE.thresholds],
  ['during the first purchases, defaults', '1997-03-15', BASE.thresholds],
  ['after the data, short thresholds', '1998-07-01', { newWithinDays: 60, atRiskAfterDays: 60, churnedAfterDays: 120, loyalMinOrders: 3, reactivationGapDays: 100 }],
  ['mid-way, short thresholds', '1997-10-01', { newWithinDays: 250, atRiskAfterDays: 30, churnedAfterDays: 90, loyalMinOrders: 2, reactivationGapDays: 60 }],
];

describe('lifecycle on CDNOW against a TypeScript reference', () => {
  let engine: EngineApi & { close(): Promise<void> };
  const seen = new Set<LifecycleState>();

  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const values = PURCHASES.map((p, i) => `(${p.customer}, DATE '${iso(p.at)}', ${i % 97})`);
    await engine.exec('CREATE TABLE cdnow (customer_id INTEGER, ordered_on DATE, dollars DOUBLE)');
    await engine.exec(`INSERT INTO cdnow VALUES ${values.join(', ')}`);
  });
  afterAll(async () => engine.close());

  async function sqlStates(settings: LifecycleSettings): Promise<Map<number, LifecycleState>> {
    const columns = (await engine.listTables()).find((t) => t.name === 'cdnow')!.columns;
    const rows = await queryRecords(engine, sqlOf(compileLifecycle(settings, { table: 'cdnow', columns })));
    return new Map(rows.map((r) => [r.customer as number, r.state_id as LifecycleState]));
  }

  it.each(CASES)('%s: same state counts and the same state for every customer', async (_, asOf, thresholds) => {
    const got = await sqlStates({ ...BASE, asOf, thresholds });
    const want = referenceStates(PURCHASES, asOf, thresholds);
    expect(countStates(got.values())).toEqual(countStates(want.values()));
    const differing = [...want].filter(([customer, state]) => got.get(customer) !== state).slice(0, 5);
    expect(differing).toEqual([]);
    expect(got.size).toBe(want.size);
    for (const state of got.values()) seen.add(state);
  });

  it('meets every state across these cases, and as-of null means the day after the last purchase', async () => {
    expect([...seen].sort()).toEqual([...LIFECYCLE_STATES].sort());
    const implicit = await sqlStates({ ...BASE, asOf: null });
    expect(implicit).toEqual(referenceStates(PURCHASES, '1998-07-01', BASE.thresholds));
  });
});
