// How concentrated revenue is: the share of revenue from the top X% of customers by revenue
// (default 20%), and the points of the Pareto (cumulative) curve for a chart.
//
// Customers are ranked by revenue, highest first, ties by customer id, so the curve is the same
// on every run. Customers with a null revenue are left out of both (and counted apart); zero and
// negative revenues stay in, so with refunds the curve can pass 100% and come back down.
// Top X% of n customers = ceil(n * X / 100) customers, computed in integers.
// The curve starts at (0, 0) and keeps the rank where floor(rank * points / n) steps up, so it
// has at most `points` further points and always ends at (1, 1) when total revenue is positive.

import { quoteIdent } from '../../sql/quote';
import { checkProfileSettings, type ProfileProblem } from './problems';
import type { ProfileSettings } from './settings';
import type { ProfileInput } from './compile-profile';
import { withClause } from './source-sql';

export type ParetoCompiled = { shareSql: string; curveSql: string } | { problem: ProfileProblem };

/** Columns of the share query (one row). */
export const PARETO_SHARE_COLUMNS = ['customers', 'customers_without_revenue', 'revenue', 'top_percent', 'top_customers', 'top_revenue', 'top_revenue_share'] as const;
/** Columns of the curve query (one row per point, by customers ascending). */
export const PARETO_CURVE_COLUMNS = ['customers', 'customer_share', 'revenue_share'] as const;

function sourceCtes(settings: ProfileSettings, table: string): string[] {
  const { customer, revenue } = settings.columns;
  return [
    [
      'customer_revenue AS (',
      `  SELECT ${quoteIdent(customer)} AS customer, CAST(${quoteIdent(revenue!)} AS DOUBLE) AS revenue`,
      `  FROM ${quoteIdent(table)}`,
      `  WHERE ${quoteIdent(customer)} IS NOT NULL`,
      ')',
    ].join('\n'),
    [
      'ranked AS (',
      '  SELECT',
      '    row_number() OVER by_revenue AS position,',
      '    sum(revenue) OVER (by_revenue ROWS UNBOUNDED PRECEDING) AS cumulative_revenue',
      '  FROM customer_revenue',
      '  WHERE revenue IS NOT NULL',
      '  WINDOW by_revenue AS (ORDER BY revenue DESC, customer)',
      ')',
    ].join('\n'),
    // The total is the last running sum, not a separate sum(), so the curve ends at exactly 1.
    'totals AS (\n  SELECT count(*) AS customers, coalesce(arg_max(cumulative_revenue, position), 0) AS revenue FROM ranked\n)',
  ];
}

function shareSql(settings: ProfileSettings, table: string): string {
  const percent = settings.pareto.topPercent;
  const ctes = [
    ...sourceCtes(settings, table),
    [
      'top_group AS (',
      `  -- ceil(n * ${percent} / 100) in integers`,
      `  SELECT (customers * ${percent} + 99) // 100 AS top_customers FROM totals`,
      ')',
    ].join('\n'),
    [
      'top_revenue AS (',
      '  SELECT coalesce(max(cumulative_revenue), 0) AS revenue',
      '  FROM ranked, top_group',
      '  WHERE position = top_customers',
      ')',
    ].join('\n'),
  ];
  const select = [
    'SELECT',
    '  totals.customers,',
    '  (SELECT count(*) FROM customer_revenue WHERE revenue IS NULL) AS customers_without_revenue,',
    '  totals.revenue,',
    `  ${percent} AS top_percent,`,
    '  top_group.top_customers,',
    '  top_revenue.revenue AS top_revenue,',
    '  top_revenue.revenue / nullif(totals.revenue, 0) AS top_revenue_share',
    'FROM totals, top_group, top_revenue',
  ].join('\n');
  return `${withClause(ctes)}\n${select}`;
}

function curveSql(settings: ProfileSettings, table: string): string {
  const points = settings.pareto.points;
  const select = [
    'SELECT 0 AS customers, 0.0 AS customer_share, 0.0 AS revenue_share FROM totals WHERE customers > 0',
    'UNION ALL',
    'SELECT',
    '  position AS customers,',
    '  position / totals.customers AS customer_share,',
    '  cumulative_revenue / nullif(totals.revenue, 0) AS revenue_share',
    'FROM ranked, totals',
    `-- keep the rank where floor(rank * ${points} / n) steps up: at most ${points} points, the last one included`,
    `WHERE position * ${points} // totals.customers > (position - 1) * ${points} // totals.customers`,
    'ORDER BY customers',
  ].join('\n');
  return `${withClause(sourceCtes(settings, table))}\n${select}`;
}

/** The top-X% revenue share and the Pareto curve, or the first problem (revenue must be bound). */
export function compileParetoShare(settings: ProfileSettings, input: ProfileInput): ParetoCompiled {
  const problem = checkProfileSettings(settings, input.columns, ['revenue']);
  if (problem) return { problem };
  return { shareSql: shareSql(settings, input.table), curveSql: curveSql(settings, input.table) };
}
