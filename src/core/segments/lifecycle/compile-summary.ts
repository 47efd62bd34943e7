// Summary over a materialized lifecycle table (the output of compileLifecycle), one row per
// state in funnel order (new -> active -> loyal -> at risk -> churned, then reactivated), empty
// states included with 0 customers so that a funnel chart keeps its steps:
//   position, state_id, state, customers, share, [revenue, revenue_share]
// Revenue columns exist only when the settings bind an amount (the table then has revenue).

import { quoteIdent, quoteLiteral } from '../../sql/quote';
import { checkLifecycleSettings, optionalColumn, type LifecycleProblem } from './problems';
import { LIFECYCLE_STATES, type LifecycleLocale, type LifecycleSettings } from './settings';
import { withClause } from './source-sql';

export type LifecycleSummaryCompiled = { sql: string } | { problem: LifecycleProblem };

function stateListValues(settings: LifecycleSettings, locale: LifecycleLocale): string {
  return LIFECYCLE_STATES.map((state, i) => `    (${i + 1}, '${state}', ${quoteLiteral(settings.labels[state][locale])})`).join(',\n');
}

/** SQL over `lifecycleTable` (a table made by compileLifecycle with the same settings). */
export function compileLifecycleSummary(settings: LifecycleSettings, lifecycleTable: string, locale: LifecycleLocale = 'en'): LifecycleSummaryCompiled {
  const problem = checkLifecycleSettings(settings);
  if (problem) return { problem };
  const hasRevenue = optionalColumn(settings, 'amount') !== null;
  // The table is read in the first CTE, so a table named like a later CTE still resolves to the table.
  const ctes = [
    [
      'per_state AS (',
      `  SELECT state_id, count(*) AS customers${hasRevenue ? ', sum(revenue) AS revenue' : ''}`,
      `  FROM ${quoteIdent(lifecycleTable)}`,
      '  GROUP BY state_id',
      ')',
    ].join('\n'),
    `state_list(position, state_id, state) AS (\n  VALUES\n${stateListValues(settings, locale)}\n)`,
    `totals AS (\n  SELECT sum(customers) AS customers${hasRevenue ? ', sum(revenue) AS revenue' : ''} FROM per_state\n)`,
  ];
  const select = [
    'SELECT',
    '  state_list.position,',
    '  state_list.state_id,',
    '  state_list.state,',
    '  CAST(coalesce(per_state.customers, 0) AS INTEGER) AS customers,',
    '  coalesce(per_state.customers, 0) / nullif(totals.customers, 0) AS share' + (hasRevenue ? ',' : ''),
    ...(hasRevenue
      ? ['  coalesce(per_state.revenue, 0) AS revenue,', '  coalesce(per_state.revenue, 0) / nullif(totals.revenue, 0) AS revenue_share']
      : []),
    'FROM state_list',
    'LEFT JOIN per_state ON per_state.state_id = state_list.state_id',
    'CROSS JOIN totals',
    'ORDER BY state_list.position',
  ].join('\n');
  return { sql: `${withClause(ctes)}\n${select}` };
}
