// The profile, top values and Pareto figures computed in plain TypeScript from the customers,
// straight from the definitions in src/core/segments/profile (not from the SQL).

import type { Customer } from './dataset';

const known = <T>(xs: (T | null)[]) => xs.filter((x): x is T => x !== null);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length === 0 ? null : sum(xs) / xs.length);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);

export interface ReferenceRow {
  customers: number;
  revenue: number | null;
  avgRevenue: number | null;
  aov: number | null;
  avgFrequency: number | null;
  avgRecency: number | null;
  means: (number | null)[];
}

export type NumericKey = 'age' | 'responded' | 'zero';

/** Figures of one group of customers (a segment or everyone). */
export function referenceRow(group: readonly Customer[], numeric: readonly NumericKey[], perOrder: 'orders' | 'frequency' = 'orders'): ReferenceRow {
  const revenues = known(group.map((c) => c.revenue));
  const priced = group.filter((c) => c.revenue !== null);
  return {
    customers: group.length,
    revenue: revenues.length === 0 ? null : sum(revenues),
    avgRevenue: mean(revenues),
    // AOV: revenue over the orders of the customers whose revenue is known
    aov: revenues.length === 0 ? null : ratio(sum(revenues), sum(priced.map((c) => c[perOrder]))),
    avgFrequency: mean(group.map((c) => c.frequency)),
    avgRecency: mean(group.map((c) => c.recency)),
    means: numeric.map((key) => mean(known(group.map((c) => (c[key] === null ? null : Number(c[key])))))),
  };
}

export const indexOf = (segment: number | null, overall: number | null) => {
  const r = ratio(segment, overall);
  return r === null ? null : r * 100;
};

export function segmentsOf(customers: readonly Customer[]): Map<string | null, Customer[]> {
  const groups = new Map<string | null, Customer[]>();
  for (const c of customers) groups.set(c.segment, [...(groups.get(c.segment) ?? []), c]);
  return groups;
}

export interface ReferenceTopValue {
  value: string;
  customers: number;
  share: number;
  overallShare: number;
  lift: number;
}

const codeUnitCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Top n values of `key` in `group`, shares over the whole group (nulls in the denominator), ties by value. */
export function referenceTopValues(group: readonly Customer[], everyone: readonly Customer[], key: 'region' | 'gender', n: number): ReferenceTopValue[] {
  const counts = (rows: readonly Customer[]) => {
    const m = new Map<string, number>();
    for (const c of rows) if (c[key] !== null) m.set(c[key]!, (m.get(c[key]!) ?? 0) + 1);
    return m;
  };
  const overall = counts(everyone);
  return [...counts(group)]
    .sort(([va, a], [vb, b]) => b - a || codeUnitCompare(va, vb))
    .slice(0, n)
    .map(([value, customers]) => {
      const share = customers / group.length;
      const overallShare = overall.get(value)! / everyone.length;
      return { value, customers, share, overallShare, lift: share / overallShare };
    });
}

export interface ReferencePareto {
  customers: number;
  withoutRevenue: number;
  total: number;
  topCustomers: number;
  topRevenue: number;
  /** cumulative revenue after each customer, by revenue descending then id */
  cumulative: number[];
}

export function referencePareto(customers: readonly Customer[], topPercent: number): ReferencePareto {
  const priced = customers
    .filter((c) => c.revenue !== null)
    .sort((a, b) => b.revenue! - a.revenue! || codeUnitCompare(a.customer, b.customer));
  const cumulative: number[] = [];
  priced.forEach((c, i) => cumulative.push((cumulative[i - 1] ?? 0) + c.revenue!));
  const topCustomers = Math.ceil((priced.length * topPercent) / 100);
  return {
    customers: priced.length,
    withoutRevenue: customers.length - priced.length,
    total: cumulative.at(-1) ?? 0,
    topCustomers,
    topRevenue: topCustomers === 0 ? 0 : cumulative[topCustomers - 1]!,
    cumulative,
  };
}
