// Shared helpers for the demo-data tests: whole tables in memory (fine at test sizes), column
// lookup by name, and CSV files as the CLI writes them.

import { SHOP_SCHEMA, SHOP_TABLES, csvHeader, encodeCsvRows, generateShop, type Row, type ShopOptions, type ShopTable } from '../../src/demo-data';

export type ShopRows = Record<ShopTable, Row[]>;

export function collectShop(options: ShopOptions): ShopRows {
  const all: ShopRows = { customers: [], orders: [], events: [], campaign_messages: [], survey: [] };
  for (const chunk of generateShop(options)) {
    for (const t of SHOP_TABLES) for (const row of chunk.rows[t]) all[t].push(row);
  }
  return all;
}

const cache = new Map<string, ShopRows>();
/** The 1,000-customer shop most tests look at, generated once per test file. */
export function shop1k(seed = 7): ShopRows {
  const key = `1000/${seed}`;
  let rows = cache.get(key);
  if (!rows) cache.set(key, (rows = collectShop({ customers: 1000, seed })));
  return rows;
}

/** Column accessor by name, so tests never depend on column positions. */
export function column<T>(table: ShopTable, name: string): (row: Row) => T {
  const index = SHOP_SCHEMA[table].findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`${table} has no column ${name}`);
  return (row) => row[index] as T;
}

/** The table's CSV file bytes: header plus rows. */
export function csvFile(table: ShopTable, rows: readonly Row[]): Buffer {
  return Buffer.concat([Buffer.from(csvHeader(table)), encodeCsvRows(table, rows)]);
}
