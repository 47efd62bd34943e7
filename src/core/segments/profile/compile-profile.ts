// Segment profile as one readable SELECT: customer_rows -> per_segment (one row per segment
// plus the all-customers row, via GROUPING SETS) -> [known_segments -> segment_rows] -> overall
// -> one output row per segment, the "All customers" row first.
//
// Decisions the SQL pins (and the tests check):
// - The input has one row per customer; rows with a null customer are left out.
// - Sums and means skip nulls: a customer with a null revenue counts in customers and share but
//   not in revenue or avg_revenue, and their orders are left out of the average order value,
//   so that it divides like by like (aov = revenue / orders of the customers with a revenue).
// - An index is segment mean / all-customers mean * 100 (null when the overall mean is 0).
// - Segments named in `options.segments` come first in that order and appear with 0 customers
//   when nobody is in them; the rest follow by customers, largest first.

import { quoteIdent, quoteLiteral } from '../../sql/quote';
import type { ColumnInfo } from '../../workbook/import-options';
import { boundColumn, checkProfileSettings, type ProfileProblem } from './problems';
import { ALL_CUSTOMERS_LABEL, type ProfileLocale, type ProfileSettings } from './settings';
import { customerRowsCte, numericName, withClause } from './source-sql';

export interface ProfileInput {
  table: string;
  columns: readonly ColumnInfo[];
}

/** A segment expected in the output even when empty (e.g. an RFM rule), in display order. */
export interface KnownSegment {
  segment: string;
  segmentId?: string;
}

export interface ProfileOptions {
  locale?: ProfileLocale;
  segments?: readonly KnownSegment[];
}

export type ProfileCompiled = { sql: string } | { problem: ProfileProblem };

/** Fixed output columns, in order; then per extra numeric column `mean_<name>` and `index_<name>`. */
export const PROFILE_FIXED_COLUMNS = [
  'is_all', 'segment', 'segment_id', 'customers', 'share', 'revenue', 'revenue_share', 'avg_revenue', 'aov',
  'avg_frequency', 'avg_recency', 'revenue_index', 'aov_index', 'frequency_index', 'recency_index',
] as const;

export const meanColumn = (column: string): string => `mean_${column}`;
export const indexColumn = (column: string): string => `index_${column}`;

export function profileOutputColumns(settings: ProfileSettings): string[] {
  return [...PROFILE_FIXED_COLUMNS, ...settings.numeric.flatMap((c) => [meanColumn(c), indexColumn(c)])];
}

/** Averages compared with all customers: [average column, its index column]. */
const AVERAGES = [
  ['avg_revenue', 'revenue_index'],
  ['aov', 'aov_index'],
  ['avg_frequency', 'frequency_index'],
  ['avg_recency', 'recency_index'],
] as const;

function perSegmentCte(settings: ProfileSettings): string {
  const perOrder = boundColumn(settings, 'orders') !== null ? 'orders' : 'frequency';
  const means = settings.numeric.map((_, i) => `    avg(${numericName(i)}) AS mean_${numericName(i)}`);
  return [
    'per_segment AS (',
    '  SELECT',
    '    GROUPING(segment) = 1 AS is_all,',
    '    segment,',
    '    segment_id,',
    '    count(*) AS customers,',
    '    sum(revenue) AS revenue,',
    '    avg(revenue) AS avg_revenue,',
    '    -- orders of the customers whose revenue is known, so the average order value divides like by like',
    `    sum(${perOrder}) FILTER (WHERE revenue IS NOT NULL) AS priced_orders,`,
    '    avg(frequency) AS avg_frequency,',
    [`    avg(recency) AS avg_recency`, ...means].join(',\n'),
    '  FROM customer_rows',
    '  GROUP BY GROUPING SETS ((segment, segment_id), ())',
    ')',
  ].join('\n');
}

function knownSegmentCtes(segments: readonly KnownSegment[]): string[] {
  const values = segments.map(({ segment, segmentId }, i) => {
    const id = segmentId === undefined ? 'CAST(NULL AS VARCHAR)' : quoteLiteral(segmentId);
    return `    (${quoteLiteral(segment)}, ${id}, ${i + 1})`;
  });
  return [
    `known_segments(segment, segment_id, position) AS (\n  VALUES\n${values.join(',\n')}\n)`,
    [
      'segment_rows AS (',
      '  SELECT per_segment.*, known_segments.position,',
      '    coalesce(per_segment.segment_id, known_segments.segment_id) AS known_segment_id',
      '  FROM per_segment',
      '  LEFT JOIN known_segments ON NOT per_segment.is_all AND known_segments.segment = per_segment.segment',
      '  UNION ALL BY NAME',
      '  -- known segments nobody is in',
      '  SELECT false AS is_all, segment, position, segment_id AS known_segment_id, 0 AS customers',
      '  FROM known_segments',
      '  WHERE segment NOT IN (SELECT segment FROM per_segment WHERE NOT is_all AND segment IS NOT NULL)',
      ')',
    ].join('\n'),
  ];
}

const aovOf = (prefix: string) => `${prefix}revenue / nullif(${prefix}priced_orders, 0)`;

function overallCte(settings: ProfileSettings): string {
  const means = settings.numeric.map((_, i) => `mean_${numericName(i)} AS all_mean_${numericName(i)}`);
  const columns = ['customers AS all_customers', 'revenue AS all_revenue', 'avg_revenue AS all_avg_revenue', `${aovOf('')} AS all_aov`,
    'avg_frequency AS all_avg_frequency', 'avg_recency AS all_avg_recency', ...means];
  return `overall AS (\n  SELECT\n    ${columns.join(',\n    ')}\n  FROM per_segment\n  WHERE is_all\n)`;
}

/** One row per segment plus "All customers" (is_all), or the first problem with the settings. */
export function compileProfile(settings: ProfileSettings, input: ProfileInput, options: ProfileOptions = {}): ProfileCompiled {
  const problem = checkProfileSettings(settings, input.columns);
  if (problem) return { problem };
  const known = options.segments ?? [];
  const rows = known.length > 0 ? 'segment_rows' : 'per_segment';
  const ctes = [
    customerRowsCte(settings, input.table, { measures: true }),
    perSegmentCte(settings),
    ...(known.length > 0 ? knownSegmentCtes(known) : []),
    overallCte(settings),
  ];
  const label = quoteLiteral(ALL_CUSTOMERS_LABEL[options.locale ?? 'en']);
  const columns = [
    'is_all',
    `CASE WHEN is_all THEN ${label} ELSE segment END AS segment`,
    known.length > 0 ? 'known_segment_id AS segment_id' : 'segment_id',
    'customers',
    'customers / nullif(all_customers, 0) AS share',
    'revenue',
    'revenue / nullif(all_revenue, 0) AS revenue_share',
    'avg_revenue',
    `${aovOf('')} AS aov`,
    'avg_frequency',
    'avg_recency',
    ...AVERAGES.map(([average, index]) => `${average === 'aov' ? `(${aovOf('')})` : average} / nullif(all_${average}, 0) * 100 AS ${index}`),
    ...settings.numeric.flatMap((column, i) => [
      `mean_${numericName(i)} AS ${quoteIdent(meanColumn(column))}`,
      `mean_${numericName(i)} / nullif(all_mean_${numericName(i)}, 0) * 100 AS ${quoteIdent(indexColumn(column))}`,
    ]),
  ];
  const order = known.length > 0 ? 'is_all DESC, position NULLS LAST, customers DESC, segment NULLS LAST' : 'is_all DESC, customers DESC, segment NULLS LAST';
  const select = ['SELECT', `  ${columns.join(',\n  ')}`, `FROM ${rows}`, 'CROSS JOIN overall', `ORDER BY ${order}`].join('\n');
  return { sql: `${withClause(ctes)}\n${select}` };
}
