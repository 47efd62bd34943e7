// A hand-built customer table (one row per customer) with hostile names, a null segment, a
// segment whose revenue is all null, a tiny segment, nulls in numbers and categories, tied
// revenues, and a boolean response column; created in DuckDB from the same rows the TypeScript
// reference reads.

import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';
import type { ProfileSettings } from '../../../src/core/segments/profile';
import { DEFAULT_PROFILE_GUARD } from '../../../src/core/segments/profile';

export const TABLE = `my "profile" 'table'`;
export const C = {
  customer: '고객 "ID"',
  segment: `seg'ment "label"`,
  segmentId: 'segment_id',
  revenue: '매출 (원)',
  orders: 'orders',
  frequency: 'freq',
  recency: 'days since',
  age: 'age',
  responded: 'responded?',
  zero: 'zero "col"',
  region: 'region "시/도"',
  gender: 'gender',
} as const;

export interface Customer {
  customer: string;
  segment: string | null;
  segmentId: string | null;
  revenue: number | null;
  orders: number;
  frequency: number;
  recency: number;
  age: number | null;
  responded: boolean;
  zero: number;
  region: string | null;
  gender: string;
}

/** [label, id, size] */
export const SEGMENTS: [string | null, string | null, number][] = [
  ['Champions', 'champions', 60],
  ['At risk', 'at_risk', 50],
  [`Bob's "VIP"`, 'bob_vip', 20],
  ['Unpriced', 'unpriced', 15],
  [null, null, 5],
  ['Tiny', 'tiny', 3],
];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCustomers(seed = 11): Customer[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const customers: Customer[] = [];
  SEGMENTS.forEach(([segment, segmentId, size], s) => {
    for (let i = 0; i < size; i++) {
      const orders = 1 + Math.floor(next() * (s === 0 ? 10 : 4));
      // Round revenues to 100 so that ties happen and the Pareto order must break them by id.
      const revenue = segment === 'Unpriced' || next() < 0.08 ? null : Math.round((next() ** 2 * 90_000 + 1_000) / 100) * 100 * (s === 0 ? 3 : 1);
      customers.push({
        customer: `c${String(customers.length + 1).padStart(3, '0')}`,
        segment,
        segmentId,
        revenue,
        orders,
        frequency: orders,
        recency: Math.floor(next() * (s === 1 ? 200 : 60)),
        age: next() < 0.1 ? null : 20 + Math.floor(next() * 45),
        responded: next() < (s === 0 ? 0.6 : 0.2),
        zero: 0,
        region: next() < 0.1 ? null : pick(['서울', '부산', "Jeju's"]),
        gender: pick(['F', 'M']),
      });
    }
  });
  return customers;
}

const sqlValue = (v: string | number | boolean | null) =>
  v === null ? 'NULL' : typeof v === 'string' ? quoteLiteral(v) : String(v);

const TYPES: [keyof typeof C, string][] = [
  ['customer', 'VARCHAR'], ['segment', 'VARCHAR'], ['segmentId', 'VARCHAR'], ['revenue', 'DECIMAL(12,2)'], ['orders', 'INTEGER'],
  ['frequency', 'BIGINT'], ['recency', 'INTEGER'], ['age', 'SMALLINT'], ['responded', 'BOOLEAN'], ['zero', 'DOUBLE'],
  ['region', 'VARCHAR'], ['gender', 'VARCHAR'],
];

/** CREATE TABLE and INSERT statements, one per array element. */
export function createTableSql(customers: readonly Customer[], table = TABLE): string[] {
  const columns = TYPES.map(([key, type]) => `${quoteIdent(C[key])} ${type}`).join(', ');
  const create = `CREATE OR REPLACE TABLE ${quoteIdent(table)} (${columns})`;
  if (customers.length === 0) return [create];
  const values = customers.map((c) => `(${TYPES.map(([key]) => sqlValue(c[key])).join(', ')})`);
  return [create, `INSERT INTO ${quoteIdent(table)} VALUES\n${values.join(',\n')}`];
}

export function fullSettings(overrides: Partial<ProfileSettings> = {}): ProfileSettings {
  return {
    columns: {
      customer: C.customer, segment: C.segment, segmentId: C.segmentId, revenue: C.revenue,
      orders: C.orders, frequency: C.frequency, recency: C.recency,
    },
    numeric: [C.age, C.responded, C.zero],
    categorical: [C.region, C.gender],
    topN: 2,
    pareto: { topPercent: 20, points: 100 },
    guard: { ...DEFAULT_PROFILE_GUARD },
    ...overrides,
  };
}
