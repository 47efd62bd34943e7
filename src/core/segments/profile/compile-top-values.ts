// Most common values of each categorical column per segment, with lift over all customers:
// customer_rows -> segment_sizes -> attribute_values (one row per customer and column)
// -> value_counts -> value_shares -> ranked_values -> the top N per segment and column.
//
// share = customers with the value in the segment / customers in the segment (nulls included in
// the denominator, so a column that is often missing shows small shares); null values are not
// ranked. lift = share in the segment / share among all customers. Ties rank by value text.
// The "All customers" rows (is_all) come first; their lift is 1.

import { quoteLiteral } from '../../sql/quote';
import { checkProfileSettings } from './problems';
import { ALL_CUSTOMERS_LABEL, type ProfileSettings } from './settings';
import type { ProfileCompiled, ProfileInput, ProfileOptions } from './compile-profile';
import { categoryName, customerRowsCte, withClause } from './source-sql';

/** Output columns, in order. */
export const TOP_VALUE_COLUMNS = ['is_all', 'segment', 'segment_id', 'attribute', 'value', 'customers', 'share', 'overall_share', 'lift', 'value_rank'] as const;

const SAME_SEGMENT = (a: string, b: string) =>
  `${b}.is_all = ${a}.is_all AND ${b}.segment IS NOT DISTINCT FROM ${a}.segment AND ${b}.segment_id IS NOT DISTINCT FROM ${a}.segment_id`;

const SEGMENT_SIZES = [
  'segment_sizes AS (',
  '  SELECT GROUPING(segment) = 1 AS is_all, segment, segment_id, count(*) AS customers',
  '  FROM customer_rows',
  '  GROUP BY GROUPING SETS ((segment, segment_id), ())',
  ')',
].join('\n');

const VALUE_COUNTS = [
  'value_counts AS (',
  '  SELECT GROUPING(segment) = 1 AS is_all, segment, segment_id, attribute_position, attribute, value, count(*) AS customers',
  '  FROM attribute_values',
  '  WHERE value IS NOT NULL',
  '  GROUP BY GROUPING SETS ((segment, segment_id, attribute_position, attribute, value), (attribute_position, attribute, value))',
  ')',
].join('\n');

const VALUE_SHARES = [
  'value_shares AS (',
  '  SELECT value_counts.*, value_counts.customers / segment_sizes.customers AS share',
  '  FROM value_counts',
  `  JOIN segment_sizes ON ${SAME_SEGMENT('value_counts', 'segment_sizes')}`,
  ')',
].join('\n');

const RANKED_VALUES = [
  'ranked_values AS (',
  '  SELECT',
  '    value_shares.*,',
  '    overall.share AS overall_share,',
  '    value_shares.share / overall.share AS lift,',
  '    row_number() OVER (',
  '      PARTITION BY value_shares.is_all, value_shares.segment, value_shares.segment_id, value_shares.attribute_position',
  '      ORDER BY value_shares.customers DESC, value_shares.value',
  '    ) AS value_rank',
  '  FROM value_shares',
  '  JOIN value_shares AS overall',
  '    ON overall.is_all AND overall.attribute_position = value_shares.attribute_position AND overall.value = value_shares.value',
  ')',
].join('\n');

function attributeValuesCte(settings: ProfileSettings): string {
  const selects = settings.categorical.map(
    (column, i) => `  SELECT segment, segment_id, ${i + 1} AS attribute_position, ${quoteLiteral(column)} AS attribute, ${categoryName(i)} AS value FROM customer_rows`,
  );
  return `attribute_values AS (\n${selects.join('\n  UNION ALL\n')}\n)`;
}

/** Top N values per segment and categorical column; null when no categorical column is chosen. */
export function compileProfileTopValues(settings: ProfileSettings, input: ProfileInput, options: ProfileOptions = {}): ProfileCompiled | null {
  const problem = checkProfileSettings(settings, input.columns);
  if (problem) return { problem };
  if (settings.categorical.length === 0) return null;
  const ctes = [customerRowsCte(settings, input.table, { categories: true }), SEGMENT_SIZES, attributeValuesCte(settings), VALUE_COUNTS, VALUE_SHARES, RANKED_VALUES];
  const label = quoteLiteral(ALL_CUSTOMERS_LABEL[options.locale ?? 'en']);
  const select = [
    'SELECT',
    `  is_all, CASE WHEN is_all THEN ${label} ELSE segment END AS segment, segment_id,`,
    '  attribute, value, customers, share, overall_share, lift, value_rank',
    'FROM ranked_values',
    `WHERE value_rank <= ${settings.topN}`,
    'ORDER BY is_all DESC, segment NULLS LAST, segment_id NULLS LAST, attribute_position, value_rank',
  ].join('\n');
  return { sql: `${withClause(ctes)}\n${select}` };
}
