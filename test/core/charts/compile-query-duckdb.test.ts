// Every compiled chart query runs in DuckDB (native, and the WASM build the browser uses) and
// returns what plain TypeScript computes from the same generated rows.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileChartQuery, type ChartQueryOptions } from '../../../src/core/charts/compile-query';
import { compileExtentQuery, readChartExtent } from '../../../src/core/charts/compile-extent';
import type { ChartField, ChartQuery, ChartSettings } from '../../../src/core/charts/types';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import type { EngineApi } from '../../../src/engine/protocol';
import { CHART_CASES } from './cases';
import { AMOUNT, TABLE, createTableSql, generateRows, type Row } from './dataset';
import { aggregate, boxStats, chartedRows, encodingsOf, groupRows, groupValue, isContinuous, referenceBins } from './reference';

const ROWS = generateRows(2000);
type Result = Record<string, unknown>[];

const ENGINES: [string, () => Promise<EngineApi & { close?(): Promise<void> }>][] = [
  ['native', () => createNativeEngine()],
  ['wasm', () => createWasmNodeEngine()],
];

const round = (v: unknown) => (typeof v === 'number' ? Number(v.toFixed(9)) : v);
const keyOf = (values: unknown[]) => JSON.stringify(values.map(round));

describe.each(ENGINES)('chart queries in DuckDB (%s)', (_, create) => {
  let engine: EngineApi & { close?(): Promise<void> };

  beforeAll(async () => {
    engine = await create();
    await engine.start();
    for (const statement of createTableSql(ROWS).split(';\n')) await engine.exec(statement);
  });
  afterAll(async () => engine.close?.());

  async function rowsOf(sql: string): Promise<Result> {
    const { columns, rows } = decodeRows((await engine.query(sql)).ipc);
    return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
  }

  /** Runs the extent query (when there is one) and then the chart query, as the chart cell will. */
  async function runChart(settings: ChartSettings, options: ChartQueryOptions = {}): Promise<{ query: ChartQuery; rows: Result }> {
    const extentQuery = compileExtentQuery(settings, TABLE);
    const extent = extentQuery && readChartExtent(extentQuery, Object.values((await rowsOf(extentQuery.sql))[0]!));
    const query = compileChartQuery(settings, TABLE, { ...options, ...(extent && { binExtent: extent.binExtent, rowCount: extent.rowCount }) });
    return { query, rows: await rowsOf(query.sql) };
  }

  it.each(CHART_CASES.filter((c) => c.settings.mark !== 'boxplot' && c.name !== 'point-raw-scatter'))('$name matches the reference', async ({ settings }) => {
    const { query, rows } = await runChart(settings);
    const encodings = encodingsOf(settings);
    const groups = encodings.filter(([, e]) => !e.aggregate);
    const measures = encodings.filter(([, e]) => e.aggregate);
    const charted = chartedRows(ROWS, groups.map(([, e]) => e).filter(isContinuous));
    const bins = new Map(groups.filter(([, e]) => e.bin).map(([c, e]) => [c, referenceBins(charted, e, c)]));
    const expected = groupRows(charted, (row) => groups.map(([c, e]) => groupValue(row, e, bins.get(c))));
    const groupColumns = groups.map(([c]) => c);

    expect(rows.length).toBe(expected.length);
    const actual = new Map(rows.map((r) => [keyOf(groupColumns.map((c) => r[c])), r]));
    for (const group of expected) {
      const row = actual.get(keyOf(group.key));
      expect(row, `group ${keyOf(group.key)}`).toBeDefined();
      for (const [channel, encoding] of measures) {
        const want = aggregate(group.rows, encoding);
        if (want === null) expect(row![channel]).toBeNull();
        else expect(row![channel] as number).toBeCloseTo(want as number, 6);
      }
    }
    for (const [channel, b] of bins) {
      const starts = rows.map((r) => r[channel] as number);
      const values = charted.map((r) => Number(r[encodingsOf(settings).find(([c]) => c === channel)![1].field!]));
      expect(Math.min(...starts)).toBeLessThanOrEqual(Math.min(...values));
      expect(Math.max(...rows.map((r) => r[`${channel}_end`] as number))).toBeGreaterThanOrEqual(Math.max(...values));
      for (const r of rows) expect(r[`${channel}_end`] as number).toBeCloseTo((r[channel] as number) + b.step, 9);
    }
    expectOrdered(query.fields, rows);
  });

  it.each(CHART_CASES.filter((c) => c.settings.mark === 'boxplot'))('$name: quartiles and whiskers match type-7 quantiles', async ({ settings }) => {
    const { rows } = await runChart(settings);
    const encodings = encodingsOf(settings);
    const [valueChannel, value] = encodings.find(([c, e]) => (c === 'y' || c === 'x') && e.type === 'quantitative')!;
    const groups = encodings.filter(([c]) => c !== valueChannel);
    const charted = chartedRows(ROWS, [value, ...groups.map(([, e]) => e).filter(isContinuous)]);
    const expected = groupRows(charted, (row) => groups.map(([, e]) => groupValue(row, e)));
    expect(rows.length).toBe(expected.length);
    const actual = new Map(rows.map((r) => [keyOf(groups.map(([c]) => r[c])), r]));
    for (const group of expected) {
      const stats = boxStats(group.rows.map((r) => Number(r[value.field!])));
      const row = actual.get(keyOf(group.key))!;
      for (const [stat, want] of Object.entries(stats)) expect(row[stat] as number, stat).toBeCloseTo(want, 6);
    }
    expectOrdered(fieldsFor(settings), rows);
  });

  it('cuts aggregated charts at maxGroups, keeping the first groups of the requested order', async () => {
    const settings = CHART_CASES.find((c) => c.name === 'bar-sum-stacked-by-region')!.settings;
    const full = await runChart(settings);
    const cut = await runChart(settings, { maxGroups: 4 });
    expect(cut.query.rowLimit).toBe(4);
    expect(cut.rows).toEqual(full.rows.slice(0, 5));
  });

  it('samples raw points to exactly maxPoints rows, the same rows for the same seed', async () => {
    const settings = CHART_CASES.find((c) => c.name === 'point-raw-scatter')!.settings;
    const charted = chartedRows(ROWS, encodingsOf(settings).map(([, e]) => e).filter(isContinuous));
    const population = new Map<string, number>();
    for (const r of charted) {
      const key = keyOf([Number(r[AMOUNT]), Number(r.items), r['고객 등급']]);
      population.set(key, (population.get(key) ?? 0) + 1);
    }
    const first = await runChart(settings, { maxPoints: 500 });
    const again = await runChart(settings, { maxPoints: 500 });
    const otherSeed = await runChart(settings, { maxPoints: 500, seed: 1234 });
    expect(first.query.sampled).toBe(true);
    expect(first.rows).toHaveLength(500);
    expect(again.rows).toEqual(first.rows);
    expect(otherSeed.rows).toHaveLength(500);
    expect(otherSeed.rows).not.toEqual(first.rows);
    for (const r of first.rows) {
      const key = keyOf([r.x, r.y, r.color]);
      expect(population.get(key), key).toBeGreaterThan(0);
      population.set(key, population.get(key)! - 1);
    }
    const all = await runChart(settings, { maxPoints: 5000 });
    expect(all.query.sampled).toBe(false);
    expect(all.rows).toHaveLength(charted.length);
  });
});

function fieldsFor(settings: ChartSettings): ChartField[] {
  return compileChartQuery(settings, TABLE).fields;
}

/** The asked-for order holds in the rows: by the field itself, or by the other channel (its total). */
function expectOrdered(fields: ChartField[], rows: Result): void {
  const sorted = fields.find((f) => f.sort);
  if (!sorted || rows.length < 2) return;
  const { sort, column } = sorted;
  const descending = sort === 'descending' || sort!.startsWith('-');
  let keys: unknown[];
  if (sort === 'ascending' || sort === 'descending') keys = rows.map((r) => r[column]);
  else {
    const target = fields.find((f) => f.channel === sort!.replace('-', '') && (f.role === 'measure' || f.role === 'median'))!;
    const totals = new Map<unknown, number>();
    for (const r of rows) totals.set(r[column], (totals.get(r[column]) ?? 0) + (r[target.column] as number));
    keys = rows.map((r) => totals.get(r[column]));
  }
  for (let i = 1; i < keys.length; i++) {
    const [a, b] = [keys[i - 1] as number | string, keys[i] as number | string];
    expect(descending ? a >= b : a <= b, `row ${i}: ${String(a)} then ${String(b)}`).toBe(true);
  }
}
