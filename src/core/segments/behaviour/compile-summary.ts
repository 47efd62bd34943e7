// The natural chart of a behaviour cell, as one query over the cell's own table: how its
// customers spread over the measure the rule is about. Rules that pick a value per customer
// (category loyalists, preferred channel) count customers per value, largest first (the top
// 20); rules that count something per customer (carts, views, orders) count customers per
// count, 1 to 9 and then "10+". Rows: position (the order to draw), bucket (text), customers.

import { quoteIdent } from '../../sql/quote';
import type { BehaviourRule, BehaviourSettings } from './settings';

/** Categories drawn at most; the rest of a long tail is left out (the chart says "top 20"). */
export const SUMMARY_TOP_VALUES = 20;
/** Counts from this one up share a bar. */
export const SUMMARY_COUNT_CAP = 10;

/** What the chart spreads customers over, per rule: a value column or a count column of the output. */
export const SUMMARY_MEASURE: Record<BehaviourRule, { column: string; kind: 'value' | 'count' }> = {
  cart_abandoners: { column: 'abandoned_carts', kind: 'count' },
  browsers_without_purchase: { column: 'views', kind: 'count' },
  category_loyalists: { column: 'category', kind: 'value' },
  discount_only_buyers: { column: 'orders', kind: 'count' },
  preferred_channel: { column: 'channel', kind: 'value' },
};

export function compileBehaviourSummary(settings: BehaviourSettings, behaviourTable: string): string {
  const { column, kind } = SUMMARY_MEASURE[settings.rule];
  const measure = quoteIdent(column);
  const table = quoteIdent(behaviourTable);
  if (kind === 'value')
    return [
      'SELECT',
      `  CAST(row_number() OVER (ORDER BY count(*) DESC, ${measure}) AS INTEGER) AS position,`,
      `  coalesce(CAST(${measure} AS VARCHAR), '') AS bucket,`,
      '  CAST(count(*) AS INTEGER) AS customers',
      `FROM ${table}`,
      `GROUP BY ${measure}`,
      'ORDER BY position',
      `LIMIT ${SUMMARY_TOP_VALUES}`,
    ].join('\n');
  const cap = SUMMARY_COUNT_CAP;
  // CASE rather than least(): DuckDB runs CASE over a column much faster (measured for bins).
  const capped = `CASE WHEN ${measure} >= ${cap} THEN ${cap} ELSE CAST(${measure} AS INTEGER) END`;
  return [
    'SELECT',
    `  ${capped} AS position,`,
    `  CASE WHEN ${measure} >= ${cap} THEN '${cap}+' ELSE CAST(${measure} AS VARCHAR) END AS bucket,`,
    '  CAST(count(*) AS INTEGER) AS customers',
    `FROM ${table}`,
    'GROUP BY ALL',
    'ORDER BY position',
  ].join('\n');
}
