// Four small tables for joins, kept in TypeScript too: customers (BIGINT ids, one NULL, one
// repeated), orders (many per customer, ids stored as text, 'guest' and NULL among them, some
// for customers not on the list), a profile with one customer listed twice, and a lookup of
// channel names. Hangul and quotes in table names, column names and values.

import { quoteIdent, quoteLiteral } from '../../../src/core/sql/quote';

export type Value = string | number | null;
export type Row = Record<string, Value>;

export interface Table {
  name: string;
  columns: [string, string][];
  rows: Row[];
}

const NAMES = ['김민수', "O'Brien", '이서연', 'Alice "Al" Smith', '박지훈', null];
const REGIONS = ['서울', '부산', "Jeju'do", null];
const CHANNELS = ['app', 'web', 'kakao', null];

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export function makeTables(): { customers: Table; orders: Table; profile: Table; channels: Table } {
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const customers: Row[] = [];
  for (let i = 0; i < 40; i++) {
    customers.push({ 'customer id': 1000 + i, 이름: pick(NAMES), region: pick(REGIONS), Amount: Math.round(next() * 1e6) / 100 });
  }
  customers.push({ 'customer id': null, 이름: '미상', region: '서울', Amount: 1 });
  customers.push({ ...customers[3]!, 이름: 'second row of 1003' });

  const orders: Row[] = [];
  const day = (d: number, minute: number) => new Date(Date.UTC(2011, 0, 1, 0, minute) + d * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
  for (let i = 0; i < 300; i++) {
    const roll = next();
    // Customers 1000..1029 order; 1030..1039 never do; 2000..2004 are not on the customer list.
    const customer = roll < 0.04 ? null : roll < 0.07 ? 'guest' : roll < 0.12 ? String(2000 + Math.floor(next() * 5)) : String(1000 + Math.floor(next() * 30));
    orders.push({
      order_id: `O-${1 + Math.floor(i / 2)}`,
      customer_id: customer,
      // Whole days: some of a customer's orders share one, so "latest" meets ties.
      ordered_at: day(Math.floor(next() * 60), 0),
      amount: next() < 0.05 ? null : Math.round(next() ** 2 * 5_000_000) / 100,
      channel: pick(CHANNELS),
    });
  }

  const profile: Row[] = [];
  for (let i = 0; i < 35; i += 1) profile.push({ customer_id: 1000 + i, tier: pick(['gold', 'silver', null]), 이름: `profile ${i}` });
  profile.push({ customer_id: 1002, tier: 'vip', 이름: 'profile 2 again' });

  const channels: Row[] = [
    { channel: 'app', 'channel "name"': '앱' },
    { channel: 'web', 'channel "name"': "web 'desktop'" },
    { channel: 'store', 'channel "name"': '매장' },
  ];
  return {
    customers: { name: '고객 "목록"', columns: [['customer id', 'BIGINT'], ['이름', 'VARCHAR'], ['region', 'VARCHAR'], ['Amount', 'DOUBLE']], rows: customers },
    orders: {
      name: 'orders',
      columns: [['order_id', 'VARCHAR'], ['customer_id', 'VARCHAR'], ['ordered_at', 'TIMESTAMP'], ['amount', 'DECIMAL(12,2)'], ['channel', 'VARCHAR']],
      rows: orders,
    },
    profile: { name: 'profile', columns: [['customer_id', 'BIGINT'], ['tier', 'VARCHAR'], ['이름', 'VARCHAR']], rows: profile },
    channels: { name: 'channels', columns: [['channel', 'VARCHAR'], ['channel "name"', 'VARCHAR']], rows: channels },
  };
}

export function createTableSql(table: Table): string[] {
  const value = (v: Value, type: string) => (v === null ? 'NULL' : `CAST(${quoteLiteral(String(v))} AS ${type})`);
  const rows = table.rows.map((r) => table.columns.map(([name, type]) => value(r[name] ?? null, type)).join(', '));
  return [
    `CREATE TABLE ${quoteIdent(table.name)} (${table.columns.map(([name, type]) => `${quoteIdent(name)} ${type}`).join(', ')})`,
    `INSERT INTO ${quoteIdent(table.name)} VALUES\n(${rows.join('),\n(')})`,
  ];
}
