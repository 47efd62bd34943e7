// The SQL text users see (golden files under test/fixtures/rfm/sql), what the SQL-cell
// machinery reads from it, and names that would break naive quoting, run on native DuckDB.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRfm, compileRfmChecks, compileRfmSummary, defaultRfmSettings, type RfmSettings } from '../../../src/core/segments/rfm';
import { findTableReferences } from '../../../src/core/sql/references';
import { quoteIdent } from '../../../src/core/sql/quote';
import { createNativeEngine } from '../../../src/engine/node';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import { expectGolden } from '../golden';
import { queryRecords } from './goldens';

const sqlGolden = (name: string) => new URL(`../../fixtures/rfm/sql/${name}`, import.meta.url).pathname;
const COLUMNS: ColumnInfo[] = [
  { name: 'CustomerID', type: 'BIGINT' },
  { name: 'InvoiceNo', type: 'VARCHAR' },
  { name: 'InvoiceDate', type: 'TIMESTAMP' },
  { name: 'amount', type: 'DOUBLE' },
];

function mixedSettings(): RfmSettings {
  const settings = defaultRfmSettings(COLUMNS);
  return {
    ...settings,
    asOf: '2011-12-10',
    scoring: { r: { method: 'quantile' }, f: { method: 'rank' }, m: { method: 'fixed', thresholds: [100, 300, 1000, 3000] } },
  };
}

const sqlOf = (result: { sql: string } | { problem: unknown }) => {
  if (!('sql' in result)) throw new Error(JSON.stringify(result.problem));
  return result.sql;
};

describe('SQL text', () => {
  it('matches the goldens: RFM (quantile, rank and fixed; Korean labels), checks, summaries', () => {
    expectGolden(sqlGolden('rfm-mixed-ko.sql'), `${sqlOf(compileRfm(mixedSettings(), { table: 'online_retail', columns: COLUMNS }, 'ko'))}\n`);
    const noOrder = { ...mixedSettings(), asOf: null, columns: { ...mixedSettings().columns, order: undefined } };
    expectGolden(sqlGolden('checks-no-order.sql'), `${sqlOf(compileRfmChecks(noOrder, { table: 'online_retail', columns: COLUMNS }))}\n`);
    const summary = compileRfmSummary({ ...mixedSettings(), monetary: 'mean' }, 'rfm');
    if (!('segmentSql' in summary)) throw new Error('problem');
    expectGolden(sqlGolden('summary-segments.sql'), `${summary.segmentSql}\n`);
    expectGolden(sqlGolden('summary-grid.sql'), `${summary.gridSql}\n`);
  });

  it('reads only the input table, so it can become a SQL cell', () => {
    const sql = sqlOf(compileRfm(mixedSettings(), { table: 'online_retail', columns: COLUMNS }));
    const { names, cteNames } = findTableReferences(sql);
    expect(names).toEqual(['online_retail']);
    expect(cteNames).toEqual(['order_rows', 'valid_orders', 'as_of', 'orders_before_as_of', 'per_customer', 'ranked', 'sorted_values', 'edge_steps', 'edges', 'scored', 'segmented']);
    const summary = compileRfmSummary(mixedSettings(), 'rfm_table');
    if (!('segmentSql' in summary)) throw new Error('problem');
    expect(findTableReferences(summary.segmentSql).names).toEqual(['rfm_table']);
    expect(findTableReferences(summary.gridSql).names).toEqual(['rfm_table']);
  });

  it('has no score-reading CTEs when every dimension has fixed thresholds', () => {
    const fixed = { method: 'fixed' as const, thresholds: [1, 2, 3, 4] };
    const sql = sqlOf(compileRfm({ ...mixedSettings(), scoring: { r: fixed, f: fixed, m: fixed } }, { table: 't', columns: COLUMNS }));
    expect(findTableReferences(sql).cteNames).not.toContain('sorted_values');
  });
});

describe('odd names on native DuckDB', () => {
  let engine: EngineApi & { close(): Promise<void> };
  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
  });
  afterAll(async () => engine.close());

  async function createOrders(table: string, names: [string, string, string, string]): Promise<ColumnInfo[]> {
    const [customer, order, at, amount] = names.map(quoteIdent);
    await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM (VALUES
      ('a', 'o1', TIMESTAMP '2024-01-02 10:00:00', 10.0), ('a', 'o2', TIMESTAMP '2024-03-01 10:00:00', 5.0),
      ('b', 'o3', TIMESTAMP '2024-02-01 00:00:00', 30.0), ('c', 'o4', TIMESTAMP '2024-03-31 23:00:00', 1.5))
      AS t(${customer}, ${order}, ${at}, ${amount})`);
    return (await engine.listTables()).find((t) => t.name === table)!.columns;
  }

  it('quotes table, column and label text, and a table named like a CTE is still the table', async () => {
    const names: [string, string, string, string] = ['고객 "ID"', "order's no", 'when; DROP', 'amount)'];
    for (const table of ['my "odd" table', 'edges', 'order_rows', 'scores']) {
      const columns = await createOrders(table, names);
      const settings: RfmSettings = {
        ...defaultRfmSettings(),
        asOf: '2024-04-01',
        columns: { customer: names[0], order: names[1], timestamp: names[2], amount: names[3] },
        segments: { scale: 5, rules: [{ id: 'recent', label: { en: "Won't 'leave'", ko: '최근 "고객"' }, r: [4, 5] }] },
      };
      const rows = await queryRecords(engine, sqlOf(compileRfm(settings, { table, columns })));
      expect(rows.map((r) => [r.customer, r.recency, r.frequency, r.monetary]), table).toEqual([
        ['a', 30, 2, 15],
        ['b', 60, 1, 30],
        ['c', 0, 1, 1.5],
      ]);
      expect(rows.find((r) => r.customer === 'c')!.segment).toBe("Won't 'leave'");

      await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table === 'edges' ? 'segment_list' : 'grid_cells')} AS ${sqlOf(compileRfm(settings, { table, columns }))}`);
      const summary = compileRfmSummary(settings, table === 'edges' ? 'segment_list' : 'grid_cells', 'ko');
      if (!('segmentSql' in summary)) throw new Error('problem');
      const segments = await queryRecords(engine, summary.segmentSql);
      expect(segments.map((s) => s.segment)).toContain('최근 "고객"');
      expect(segments.reduce((sum, s) => sum + Number(s.customers), 0)).toBe(3);
      expect((await queryRecords(engine, summary.gridSql)).reduce((sum, c) => sum + Number(c.customers), 0)).toBe(3);
    }
  });
});
