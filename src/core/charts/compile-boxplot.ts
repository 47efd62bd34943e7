// Boxplots drawn from statistics computed in DuckDB in one pass per group: quartiles
// (quantile_cont, i.e. type-7 interpolation) and whiskers as Vega-Lite's boxplot defines them,
// 1.5 IQR beyond the box but no further than the data's min and max.

import { quoteIdent } from '../sql/quote';
import type { ChartInput } from './chart-input';
import { groupColumns, orderByClause } from './output-fields';
import type { ChartPlan } from './plan';
import type { BoxplotStat, ChartField, ChartQuery } from './types';

export const BOXPLOT_STATS: readonly BoxplotStat[] = ['lower', 'q1', 'median', 'q3', 'upper', 'min', 'max', 'count'];
const WHISKER_IQR = 1.5;

export function compileBoxplotQuery(plan: ChartPlan, input: ChartInput, maxGroups: number): ChartQuery {
  const value = plan.encodings.find((p) => p.job === 'boxValue');
  if (!value) throw new Error('boxplot without a value channel');
  const v = quoteIdent(value.channel);
  const groups = groupColumns(plan, input, 'boxplot');
  const keys = plan.encodings.filter((p) => p.job === 'group').map((p) => quoteIdent(p.channel));
  const stats: ChartField[] = BOXPLOT_STATS.map((stat) => ({
    column: stat,
    channel: value.channel,
    role: stat,
    type: 'quantitative',
    source: value.encoding.field,
    title: stat === 'count' ? 'count' : (value.encoding.field ?? ''),
    ...(stat === 'median' && value.encoding.sort && { sort: value.encoding.sort }),
  }));
  const fields = [...groups.map((g) => g.field), ...stats];
  const grouped = [
    ...keys,
    // one sort per group for all three quartiles
    `quantile_cont(${v}, [0.25, 0.5, 0.75]) AS "quartiles"`,
    `min(${v}) AS "min"`,
    `max(${v}) AS "max"`,
    'CAST(count(*) AS DOUBLE) AS "count"',
  ];
  const [q1, median, q3] = ['"quartiles"[1]', '"quartiles"[2]', '"quartiles"[3]'];
  const reach = `${WHISKER_IQR} * (${q3} - ${q1})`;
  const selected = [
    ...groups.map((g) => g.select),
    `greatest("min", ${q1} - ${reach}) AS "lower"`,
    `${q1} AS "q1"`,
    `${median} AS "median"`,
    `${q3} AS "q3"`,
    `least("max", ${q3} + ${reach}) AS "upper"`,
    '"min"',
    '"max"',
    '"count"',
  ];
  const sql =
    `WITH chart_input AS (\n  ${input.sql}\n),\n` +
    `chart_groups AS (\n  SELECT\n    ${grouped.join(',\n    ')}\n  FROM chart_input\n  GROUP BY ALL\n)\n` +
    `SELECT\n  ${selected.join(',\n  ')}\nFROM chart_groups${orderByClause(fields)}\nLIMIT ${maxGroups + 1}`;
  return { kind: 'boxplot', sql, fields, sampled: false, rowLimit: maxGroups };
}
