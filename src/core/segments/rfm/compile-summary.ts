// Summaries over a materialized RFM table (the output of compileRfm):
// - segments: every rule's segment in table order (empty ones too, with 0 customers), then
//   Others when anyone is in it: customers, customer_share, revenue, revenue_share and the
//   average recency, frequency and monetary.
// - grid: every (r, f) cell of the k x k grid with its customers and average monetary.
// Revenue is the customers' total spend: sum(monetary), or sum(monetary * frequency) when
// monetary is the mean per order (mean = total / frequency).

import { quoteIdent } from '../../sql/quote';
import { checkRfmSettings, type RfmProblem } from './problems';
import { segmentListValues } from './segment-sql';
import { withClause } from './source-sql';
import type { RfmLocale, RfmSettings } from './settings';

export type RfmSummaryCompiled = { segmentSql: string; gridSql: string } | { problem: RfmProblem };

function segmentSql(settings: RfmSettings, table: string, locale: RfmLocale): string {
  const revenue = settings.monetary === 'sum' ? 'sum(monetary)' : 'sum(monetary * frequency)';
  // The table is read in the first CTE, so a table named like a later CTE still resolves to the table.
  const ctes = [
    [
      'per_segment AS (',
      '  SELECT',
      '    segment_id,',
      '    count(*) AS customers,',
      `    ${revenue} AS revenue,`,
      '    avg(recency) AS avg_recency,',
      '    avg(frequency) AS avg_frequency,',
      '    avg(monetary) AS avg_monetary',
      `  FROM ${quoteIdent(table)}`,
      '  GROUP BY segment_id',
      ')',
    ].join('\n'),
    `segment_list(segment_id, segment, position) AS (\n  VALUES\n${segmentListValues(settings.segments.rules, locale)}\n)`,
    'totals AS (\n  SELECT sum(customers) AS customers, sum(revenue) AS revenue FROM per_segment\n)',
  ];
  const select = [
    'SELECT',
    '  segment_list.segment_id,',
    '  segment_list.segment,',
    '  coalesce(per_segment.customers, 0) AS customers,',
    '  coalesce(per_segment.customers, 0) / nullif(totals.customers, 0) AS customer_share,',
    '  coalesce(per_segment.revenue, 0) AS revenue,',
    '  coalesce(per_segment.revenue, 0) / nullif(totals.revenue, 0) AS revenue_share,',
    '  per_segment.avg_recency,',
    '  per_segment.avg_frequency,',
    '  per_segment.avg_monetary',
    'FROM segment_list',
    'LEFT JOIN per_segment ON per_segment.segment_id = segment_list.segment_id',
    'CROSS JOIN totals',
    "WHERE segment_list.segment_id <> 'others' OR per_segment.customers > 0",
    'ORDER BY segment_list.position',
  ].join('\n');
  return `${withClause(ctes)}\n${select}`;
}

function gridSql(settings: RfmSettings, table: string): string {
  const scores = Array.from({ length: settings.k }, (_, i) => `(${i + 1})`).join(', ');
  const ctes = [
    `per_cell AS (\n  SELECT r, f, count(*) AS customers, avg(monetary) AS avg_monetary\n  FROM ${quoteIdent(table)}\n  GROUP BY r, f\n)`,
    `scores(score) AS (\n  VALUES ${scores}\n)`,
    'grid_cells AS (\n  SELECT r_scores.score AS r, f_scores.score AS f FROM scores AS r_scores, scores AS f_scores\n)',
  ];
  const select = [
    'SELECT grid_cells.r, grid_cells.f, coalesce(per_cell.customers, 0) AS customers, per_cell.avg_monetary',
    'FROM grid_cells',
    'LEFT JOIN per_cell ON per_cell.r = grid_cells.r AND per_cell.f = grid_cells.f',
    'ORDER BY grid_cells.r DESC, grid_cells.f',
  ].join('\n');
  return `${withClause(ctes)}\n${select}`;
}

/** SQL over `rfmTable` (a table made by compileRfm with the same settings). */
export function compileRfmSummary(settings: RfmSettings, rfmTable: string, locale: RfmLocale = 'en'): RfmSummaryCompiled {
  const problem = checkRfmSettings(settings);
  if (problem) return { problem };
  return { segmentSql: segmentSql(settings, rfmTable, locale), gridSql: gridSql(settings, rfmTable) };
}
