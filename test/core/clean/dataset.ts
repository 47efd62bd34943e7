// A small, messy orders table: duplicate rows, NULLs everywhere, Hangul and quotes in names
// and values, text dates in several formats, numbers and booleans stored as text, an id read
// as DOUBLE, cancellations ('C' invoices, negative quantities) and outliers. The same rows stay
// in TypeScript, where reference.ts cleans them without SQL.

import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';

export const TABLE = '주문 "raw"';

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/** Column name -> DuckDB type, in table order. */
export const COLUMNS = {
  id: 'INTEGER',
  InvoiceNo: 'VARCHAR',
  '고객 "ID"': 'DOUBLE',
  Quantity: 'INTEGER',
  UnitPrice: 'DECIMAL(10,2)',
  상품명: 'VARCHAR',
  status: 'VARCHAR',
  order_day: 'VARCHAR',
  amount_text: 'VARCHAR',
  flag: 'VARCHAR',
  score: 'INTEGER',
  tier: "ENUM('gold', 'silver')",
} as const;

export type Column = keyof typeof COLUMNS;
export const CUSTOMER = '고객 "ID"';

// A BOM ends one name: at the start, the decoder on the way back (TextDecoder) would drop it.
const PRODUCTS = ['  WHITE MUG ', 'white mug', '\u3000한복 인형\u3000', "O'Brien's  tea\t", 'say "hi"  card', '', '   ', null, 'bom  lamp\uFEFF', '접시  세트'];
const STATUSES = ['paid', 'Cancelled', 'cancelled', 'returned', 'RETURNED', 'shipped', null, "it's fine"];
// One real day, 2011-12-09, written the ways exports write it, and some that are not dates.
const DAYS = ['2011-12-09', '09/12/2011', '20111209', '2011/12/09', '31/02/2011', '2011-02-30', 'garbage', '', '  ', null, '01/03/2011', '2011-03-01'];
const AMOUNTS = ['12.5', ' 7 ', '1,200', 'abc', '-3', '1e3', '', null, '0.25', '₩500'];
const FLAGS = ['yes', 'no', 'TRUE', 'f', '1', 'maybe', ' true ', null, 'Y', 'n'];

export function generateRows(count: number): Row[] {
  let seed = 424242;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const rows: Row[] = [];
  for (let id = 1; rows.length < count; id++) {
    const cancelled = next() < 0.12;
    const quantityRoll = next();
    const row: Row = {
      id,
      InvoiceNo: `${cancelled ? pick(['C', 'c']) : ''}${536000 + Math.floor(next() * 40)}`,
      // Ids that round-trip exactly through DOUBLE; half are NULL-free repeat customers.
      [CUSTOMER]: next() < 0.15 ? null : 12000 + Math.floor(next() * 25),
      Quantity: quantityRoll < 0.05 ? null : quantityRoll < 0.15 ? 0 - Math.floor(next() * 5) : quantityRoll < 0.2 ? 0 : 1 + Math.floor(next() ** 4 * 500),
      UnitPrice: next() < 0.05 ? null : Math.round(next() ** 3 * 20000) / 100,
      상품명: pick(PRODUCTS),
      status: pick(STATUSES),
      order_day: pick(DAYS),
      amount_text: pick(AMOUNTS),
      flag: pick(FLAGS),
      score: next() < 0.3 ? null : Math.floor(next() * 11),
      tier: pick(['gold', 'silver', null]),
    };
    rows.push(row);
    // Exact copies (but for the id) of some rows: what an export joined twice leaves behind.
    if (next() < 0.1 && rows.length < count) rows.push({ ...row, id: ++id });
  }
  return rows;
}

const literal = (value: Value, type: string) =>
  value === null ? 'NULL' : `CAST(${quoteLiteral(String(value))} AS ${type.startsWith('ENUM') ? 'tier_t' : type})`;

/** Statements, in order: the ENUM type, the table, the rows. */
export function createTableSql(rows: readonly Row[], table = TABLE): string[] {
  const entries = Object.entries(COLUMNS);
  const columns = entries.map(([name, type]) => `${quoteIdent(name)} ${type.startsWith('ENUM') ? 'tier_t' : type}`);
  const values = rows.map((row) => entries.map(([name, type]) => literal(row[name] ?? null, type)).join(', '));
  return [
    `CREATE TYPE tier_t AS ENUM ('gold', 'silver')`,
    `CREATE TABLE ${quoteIdent(table)} (${columns.join(', ')})`,
    `INSERT INTO ${quoteIdent(table)} VALUES\n(${values.join('),\n(')})`,
  ];
}
