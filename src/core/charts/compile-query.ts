// Chart queries: DuckDB does the aggregation and Vega-Lite gets only the rows it draws.
// Aggregated charts return one row per group; raw marks return at most maxPoints rows,
// sampled reproducibly when there are more.

import { quoteIdent } from '../sql/quote';
import { chartInputSql, type BinExtent } from './chart-input';
import { compileBoxplotQuery } from './compile-boxplot';
import { groupColumns, measureColumns, orderByClause } from './output-fields';
import { planChart } from './plan';
import type { ChartQuery, ChartSettings } from './types';

export const DEFAULT_MAX_POINTS = 5000;
export const DEFAULT_SAMPLE_SEED = 42;

export interface ChartQueryOptions {
  /** Raw marks above this many rows are sampled down to it. */
  maxPoints?: number;
  /** Most groups an aggregated chart draws (default maxPoints). */
  maxGroups?: number;
  /** min/max of each binned field, from the extent query. */
  binExtent?: BinExtent;
  /** Rows the chart reads (extent query): decides whether raw marks are sampled. */
  rowCount?: number;
  seed?: number;
}

export function compileChartQuery(settings: ChartSettings, table: string, options: ChartQueryOptions = {}): ChartQuery {
  const plan = planChart(settings);
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
  const maxGroups = options.maxGroups ?? maxPoints;
  const input = chartInputSql(plan, table, options.binExtent ?? {});
  if (plan.kind === 'boxplot') return compileBoxplotQuery(plan, input, maxGroups);
  if (plan.kind === 'aggregate') {
    const groups = groupColumns(plan, input, 'aggregate');
    const measures = measureColumns(plan);
    const columns = [...groups, ...measures];
    const fields = columns.map((c) => c.field);
    const keys = plan.encodings.filter((p) => p.job === 'group').map((p) => quoteIdent(p.channel));
    const grouped = [...keys, ...measures.map((m) => m.aggregate!)];
    // only aggregates and no groups: one row over the whole table
    if (grouped.length === 0) grouped.push(`CAST(count(*) AS DOUBLE) AS ${quoteIdent('count')}`);
    const sql =
      `WITH chart_input AS (\n  ${input.sql}\n),\nchart_groups AS (\n  SELECT\n    ${grouped.join(',\n    ')}\n  FROM chart_input\n  GROUP BY ALL\n)\n` +
      `SELECT\n  ${columns.map((c) => c.select).join(',\n  ') || '*'}\nFROM chart_groups${orderByClause(fields)}\nLIMIT ${maxGroups + 1}`;
    return { kind: 'aggregate', sql, fields, sampled: false, rowLimit: maxGroups };
  }
  const columns = groupColumns(plan, input, 'raw');
  const fields = columns.map((c) => c.field);
  const sampled = options.rowCount === undefined ? 'maybe' : options.rowCount > maxPoints;
  // A reservoir sample of a table smaller than maxPoints is the whole table, so 'maybe' is safe.
  const sample = sampled ? `\nUSING SAMPLE reservoir(${maxPoints} ROWS) REPEATABLE (${options.seed ?? DEFAULT_SAMPLE_SEED})` : '';
  const sql =
    `WITH chart_input AS (\n  ${input.sql}\n)\nSELECT\n  ${columns.map((c) => c.select).join(',\n  ')}\nFROM chart_input${sample}` +
    `${orderByClause(fields)}\nLIMIT ${maxPoints + 1}`;
  return { kind: 'raw', sql, fields, sampled, rowLimit: maxPoints };
}
