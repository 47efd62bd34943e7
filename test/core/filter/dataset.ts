// A small orders table with the awkward things filters meet: NULLs in every column, Hangul,
// quotes and hostile text, a BIGINT beyond 2^53, DECIMAL, an ENUM, dates and timestamps on the
// edges of relative ranges. The same rows are kept in TypeScript for the expected results.

import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';

export const TABLE = '주문 "raw" 2011';

/** Keys used in TypeScript -> column names in the table. */
export const COL = {
  id: 'id',
  name: '고객 이름',
  country: 'Country',
  amount: 'amount',
  member: 'member_no',
  price: 'price',
  vip: 'vip',
  tier: 'tier',
  signup: 'signup_date',
  ordered: 'ordered_at',
} as const;

export interface Row {
  id: number;
  name: string | null;
  country: string | null;
  amount: number | null;
  /** Kept as bigint: 9007199254740993 is not a double. */
  member: bigint;
  /** DECIMAL(10,2) as text, compared as numbers in cents. */
  price: string | null;
  vip: boolean | null;
  tier: 'gold' | 'silver' | 'bronze' | null;
  /** 'YYYY-MM-DD' */
  signup: string | null;
  /** 'YYYY-MM-DD HH:MM:SS' */
  ordered: string | null;
}

export const HOSTILE_NAME = `Robert"); DROP TABLE ${TABLE}; --`;
const NAMES = ['김민수', '이서연', "O'Brien", 'Alice Smith', 'ALICE', 'bob', "Brian O'Neil", '', '  ', null, HOSTILE_NAME, 'semi;colon', '박지훈'];
const COUNTRIES = ['United Kingdom', 'France', '대한민국', 'Germany', null];
const TIERS = ['gold', 'silver', 'bronze', null] as const;

/** Rows on the edges of the relative ranges the tests use (now = 2011-12-09). */
const EDGE_TIMES = ['2011-12-09 00:00:00', '2011-12-09 23:59:59', '2011-12-10 00:00:00', '2011-11-10 00:00:00', '2011-11-09 23:59:59', '2011-02-28 00:00:00', '2011-03-30 12:00:00', '2011-03-31 00:00:00'];

/** Days on the edges of the date cases: "after 2011-03-01", "between ... 2011-02-28", 3 months up to 2011-12-31. */
const EDGE_DAYS = ['2011-03-01', '2011-03-01', '2011-02-28', '2011-02-01', '2011-12-31', '2011-10-01', '2011-09-30', '2011-03-02'];

const pad = (n: number) => String(n).padStart(2, '0');

export function generateRows(count: number): Row[] {
  let seed = 20111209;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const day = (from: number, span: number) => new Date(Date.UTC(2010, 11, 1) + Math.floor(next() * span + from) * 86_400_000).toISOString().slice(0, 10);
  const rows: Row[] = [];
  for (let id = 1; id <= count; id++) {
    const amountRoll = next();
    const amount = amountRoll < 0.06 ? null : amountRoll < 0.1 ? -Math.round(next() * 50) : amountRoll < 0.14 ? 100 : Math.round(next() * 200_000) / 100;
    const ordered = id <= EDGE_TIMES.length ? EDGE_TIMES[id - 1]! : next() < 0.05 ? null : `${day(0, 374)} ${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}:${pad(Math.floor(next() * 60))}`;
    rows.push({
      id,
      name: pick(NAMES),
      country: pick(COUNTRIES),
      amount,
      member: 9007199254740990n + BigInt(id % 5),
      price: next() < 0.08 ? null : (Math.floor(next() * 5000) / 100).toFixed(2),
      vip: next() < 0.1 ? null : next() < 0.3,
      tier: pick(TIERS),
      signup: id <= EDGE_DAYS.length ? EDGE_DAYS[id - 1]! : next() < 0.05 ? null : day(0, 396),
      ordered,
    });
  }
  return rows;
}

const lit = (value: string | null, type: string) => (value === null ? 'NULL' : `CAST(${quoteLiteral(value)} AS ${type})`);

/** Statements, in order: the ENUM type, the table, the rows. */
export function createTableSql(rows: readonly Row[]): string[] {
  const values = rows.map((r) =>
    [
      lit(String(r.id), 'INTEGER'),
      lit(r.name, 'VARCHAR'),
      lit(r.country, 'VARCHAR'),
      lit(r.amount === null ? null : String(r.amount), 'DOUBLE'),
      lit(String(r.member), 'BIGINT'),
      lit(r.price, 'DECIMAL(10,2)'),
      lit(r.vip === null ? null : String(r.vip), 'BOOLEAN'),
      lit(r.tier, 'tier_t'),
      lit(r.signup, 'DATE'),
      lit(r.ordered, 'TIMESTAMP'),
    ].join(', '),
  );
  const columns = [
    `${quoteIdent(COL.id)} INTEGER`,
    `${quoteIdent(COL.name)} VARCHAR`,
    `${quoteIdent(COL.country)} VARCHAR`,
    `${quoteIdent(COL.amount)} DOUBLE`,
    `${quoteIdent(COL.member)} BIGINT`,
    `${quoteIdent(COL.price)} DECIMAL(10,2)`,
    `${quoteIdent(COL.vip)} BOOLEAN`,
    `${quoteIdent(COL.tier)} tier_t`,
    `${quoteIdent(COL.signup)} DATE`,
    `${quoteIdent(COL.ordered)} TIMESTAMP`,
  ];
  return [
    `CREATE TYPE tier_t AS ENUM ('gold', 'silver', 'bronze')`,
    `CREATE TABLE ${quoteIdent(TABLE)} (${columns.join(', ')})`,
    `INSERT INTO ${quoteIdent(TABLE)} VALUES\n(${values.join('),\n(')})`,
  ];
}
