// The SQL text users see (golden files under test/fixtures/lifecycle/sql), what the SQL-cell
// machinery reads from it, timestamps with order ids, and names that would break naive quoting,
// run on native DuckDB.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLifecycle, compileLifecycleSummary, defaultLifecycleSettings, type LifecycleSettings } from '../../../src/core/segments/lifecycle';
import { quoteIdent } from '../../../src/core/sql/quote';
import { findTableReferences } from '../../../src/core/sql/references';
import { createNativeEngine } from '../../../src/engine/node';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import { expectGolden } from '../golden';
import { queryRecords, sqlOf } from './records';

const sqlGolden = (name: string) => new URL(`../../fixtures/lifecycle/sql/${name}`, import.meta.url).pathname;
const COLUMNS: ColumnInfo[] = [
  { name: 'CustomerID', type: 'BIGINT' },
  { name: 'InvoiceNo', type: 'VARCHAR' },
  { name: 'InvoiceDate', type: 'TIMESTAMP' },
  { name: 'amount', type: 'DOUBLE' },
];
const settings = (patch: Partial<LifecycleSettings> = {}): LifecycleSettings => ({ ...defaultLifecycleSettings(COLUMNS), asOf: '2024-07-01', ...patch });

describe('SQL text', () => {
  it('binds the proposed columns', () => {
    expect(settings().columns).toEqual({ customer: 'CustomerID', timestamp: 'InvoiceDate', amount: 'amount', order: 'InvoiceNo' });
  });

  it('matches the goldens: full (Korean labels), minimal (no amount, no order id, no as-of), summary', () => {
    expectGolden(sqlGolden('lifecycle-ko.sql'), `${sqlOf(compileLifecycle(settings(), { table: 'orders', columns: COLUMNS }, 'ko'))}\n`);
    const minimal = settings({ asOf: null, columns: { customer: 'CustomerID', timestamp: 'InvoiceDate' } });
    expectGolden(sqlGolden('lifecycle-minimal.sql'), `${sqlOf(compileLifecycle(minimal, { table: 'orders', columns: COLUMNS }))}\n`);
    expectGolden(sqlGolden('summary.sql'), `${sqlOf(compileLifecycleSummary(settings(), 'lifecycle'))}\n`);
  });

  it('reads only the input table, so it can become a SQL cell', () => {
    const { names, cteNames } = findTableReferences(sqlOf(compileLifecycle(settings(), { table: 'orders', columns: COLUMNS })));
    expect(names).toEqual(['orders']);
    expect(cteNames).toEqual(['order_rows', 'valid_orders', 'as_of', 'orders_before_as_of', 'order_times', 'order_gaps', 'per_customer', 'classified']);
    expect(findTableReferences(sqlOf(compileLifecycleSummary(settings(), 'life'))).names).toEqual(['life']);
  });
});

describe('timestamps, order ids and odd names on native DuckDB', () => {
  let engine: EngineApi & { close(): Promise<void> };
  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
  });
  afterAll(async () => engine.close());

  /** D = 2024-07-01 00:00; each time is written as D minus days, plus minutes. */
  async function createOrders(table: string, names: [string, string, string, string]): Promise<ColumnInfo[]> {
    const [customer, order, at, amount] = names.map(quoteIdent);
    const t = (days: number, minutes = 0) => `TIMESTAMP '2024-07-01' - INTERVAL ${days} DAY + INTERVAL (${minutes}) MINUTE`;
    await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM (VALUES
      ('half_day_90', 'o1', ${t(90, -12 * 60)}, 1.0),
      ('at_risk_91', 'o2', ${t(91)}, 1.0),
      ('gap_floor', 'o3', ${t(190, 12 * 60)}, 5.0), ('gap_floor', 'o4', ${t(10, 9 * 60)}, 7.0), ('gap_floor', 'o4', ${t(10, 9 * 60 + 5)}, 3.0),
      ('same_instant', 'o5', ${t(250)}, 1.0), ('same_instant', 'o6', ${t(5, 12 * 60)}, 1.0), ('same_instant', 'o7', ${t(5, 12 * 60)}, 1.0),
      ('null_order', NULL, ${t(3)}, 1.0),
      ('late_evening', 'o8', ${t(0, -60)}, 1.0)) AS t(${customer}, ${order}, ${at}, ${amount})`);
    return (await engine.listTables()).find((table_) => table_.name === table)!.columns;
  }

  it('floors day counts, counts split orders once and same-instant orders as one visit', async () => {
    const columns = await createOrders('orders', ['CustomerID', 'InvoiceNo', 'InvoiceDate', 'amount']);
    const rows = await queryRecords(engine, sqlOf(compileLifecycle(settings(), { table: 'orders', columns })));
    const pick = (r: Record<string, unknown>) => [r.customer, r.state_id, r.orders, r.revenue, r.recency_days, r.tenure_days, r.previous_gap_days, r.returned_at];
    expect(rows.map(pick)).toEqual([
      ['at_risk_91', 'at_risk', 1, 1, 91, 91, null, null],
      // 180 days minus 3 hours floors to 179: one day short of a comeback
      ['gap_floor', 'active', 2, 15, 9, 189, 179, null],
      // 90.5 days floors to 90: not yet more than A
      ['half_day_90', 'active', 1, 1, 90, 90, null, null],
      ['late_evening', 'new', 1, 1, 0, 0, null, null],
      ['same_instant', 'reactivated', 3, 3, 4, 250, 245, '2024-06-26T12:00:00.000'],
    ]);
    expect(rows.find((r) => r.customer === 'gap_floor')!.last_order).toBe('2024-06-21T09:00:00.000');
  });

  it('quotes table, column and label text, and a table named like a CTE is still the table', async () => {
    const names: [string, string, string, string] = ['고객 "ID"', "order's no", 'when; DROP', 'amount)'];
    for (const table of ['my "odd" table', 'as_of', 'order_rows', 'classified']) {
      const columns = await createOrders(table, names);
      const odd = settings({ columns: { customer: names[0], order: names[1], timestamp: names[2], amount: names[3] } });
      odd.labels.reactivated = { en: "Back 'again'", ko: '돌아온 "고객"' };
      const rows = await queryRecords(engine, sqlOf(compileLifecycle(odd, { table, columns })));
      expect(rows.map((r) => r.customer), table).toEqual(['at_risk_91', 'gap_floor', 'half_day_90', 'late_evening', 'same_instant']);
      expect(rows.find((r) => r.customer === 'same_instant')!.state).toBe("Back 'again'");

      const summaryTable = table === 'classified' ? 'per_state' : 'state_list';
      await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(summaryTable)} AS ${sqlOf(compileLifecycle(odd, { table, columns }))}`);
      const summary = await queryRecords(engine, sqlOf(compileLifecycleSummary(odd, summaryTable, 'ko')));
      expect(summary.find((s) => s.state_id === 'reactivated')).toMatchObject({ state: '돌아온 "고객"', customers: 1, revenue: 3 });
      expect(summary.reduce((sum, s) => sum + Number(s.customers), 0)).toBe(5);
    }
  });
});
