// A small generated order table with awkward column names (spaces, Korean, quotes), nulls,
// a BIGINT, a DATE and a TIMESTAMP, created in DuckDB from the same rows the references use.

import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';

export const TABLE = '주문 "내역" 2024';
export const GRADE = '고객 등급';
export const AMOUNT = 'amount "KRW"';
export const ITEMS = 'items';
export const REGION = 'region';
export const CUSTOMER = 'customer id';
export const ORDERED_AT = 'ordered at';
export const SIGNUP = 'signup_date';

export type Row = Record<string, string | number | null>;

const GRADES = ['브론즈', '실버', '골드', "VIP's \"best\""];
const REGIONS = ['서울', 'Busan', 'Jeju'];

/** mulberry32: deterministic data without fixtures. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function generateRows(count: number, seed = 7): Row[] {
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 730 * 24) * 3_600_000);
    const signup = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 900) * 86_400_000);
    rows.push({
      [GRADE]: next() < 0.03 ? null : pick(GRADES),
      [AMOUNT]: next() < 0.05 ? null : Math.round((next() ** 2 * 900 + next() * 100 - 20) * 100) / 100,
      [ITEMS]: 1 + Math.floor(next() * 12),
      [REGION]: pick(REGIONS),
      [CUSTOMER]: `c${Math.floor(next() * 300)}`,
      [ORDERED_AT]: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:00:00`,
      [SIGNUP]: signup.toISOString().slice(0, 10),
    });
  }
  return rows;
}

const COLUMN_TYPES: [string, string][] = [
  [GRADE, 'VARCHAR'],
  [AMOUNT, 'DECIMAL(10,2)'],
  [ITEMS, 'BIGINT'],
  [REGION, 'VARCHAR'],
  [CUSTOMER, 'VARCHAR'],
  [ORDERED_AT, 'TIMESTAMP'],
  [SIGNUP, 'DATE'],
];

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  return typeof value === 'number' ? String(value) : quoteLiteral(value);
}

export function createTableSql(rows: Row[], table = TABLE): string {
  const columns = COLUMN_TYPES.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ');
  const values = rows.map((row) => `(${COLUMN_TYPES.map(([name, type]) => `CAST(${literal(row[name] ?? null)} AS ${type})`).join(', ')})`);
  return `CREATE OR REPLACE TABLE ${quoteIdent(table)} (${columns});\nINSERT INTO ${quoteIdent(table)} VALUES ${values.join(',\n')};`;
}
