// Category loyalists: customers whose activity in the last m months before D is mostly in one
// category: the top category's share of their rows that have a category is at least s, over
// at least minEvents such rows. Activity is every row, or purchase events only.
// The top category is the one with the most rows; ties go to the category that sorts first.

import type { BehaviourSettingsOf } from '../settings';
import { inList, shareLiteral } from '../source-sql';
import type { RuleQuery } from './rule-query';

export function categoryLoyalistsQuery(settings: BehaviourSettingsOf<'category_loyalists'>): RuleQuery {
  const { months, minShare, minEvents, activity } = settings.params;
  const counts = [
    'category_counts AS (',
    '  SELECT customer, category, count(*) AS category_events',
    '  FROM rows_before_as_of',
    `  WHERE occurred_at >= as_of_at - INTERVAL ${months} MONTH`,
    '    AND category IS NOT NULL',
    ...(activity === 'purchases' ? [`    AND event_type IN ${inList(settings.eventTypes.purchase)}`] : []),
    '  GROUP BY customer, category',
    ')',
  ].join('\n');
  const ranked = [
    'ranked_categories AS (',
    '  SELECT',
    '    *,',
    '    sum(category_events) OVER (PARTITION BY customer) AS events,',
    '    row_number() OVER (PARTITION BY customer ORDER BY category_events DESC, category) AS category_rank',
    '  FROM category_counts',
    ')',
  ].join('\n');
  const shares = [
    'top_categories AS (',
    '  SELECT customer, category, category_events, events, CAST(category_events AS DOUBLE) / events AS share',
    '  FROM ranked_categories',
    '  WHERE category_rank = 1',
    ')',
  ].join('\n');
  const select = [
    'SELECT customer, category, CAST(category_events AS INTEGER) AS category_events, CAST(events AS INTEGER) AS events, share',
    'FROM top_categories',
    `WHERE events >= ${minEvents} AND share >= ${shareLiteral(minShare)}`,
    'ORDER BY customer',
  ].join('\n');
  return { ctes: [counts, ranked, shares], select };
}
