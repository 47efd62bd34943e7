// Browsers without purchase: customers with at least n view events in the last d days before D
// and no purchase event, either in the same d days (noPurchaseIn 'window': browsing again
// without buying) or ever before D ('history': never bought).

import type { BehaviourSettingsOf } from '../settings';
import { inList, timeOutput, type BehaviourInput } from '../source-sql';
import type { RuleQuery } from './rule-query';

export function browsersWithoutPurchaseQuery(settings: BehaviourSettingsOf<'browsers_without_purchase'>, input: BehaviourInput): RuleQuery {
  const { windowDays, minViews, noPurchaseIn } = settings.params;
  const inWindow = `occurred_at >= as_of_at - INTERVAL ${windowDays} DAY`;
  const views = [
    'views_in_window AS (',
    '  SELECT customer, count(*) AS views, max(occurred_at) AS last_view_at',
    '  FROM rows_before_as_of',
    `  WHERE event_type IN ${inList(settings.eventTypes.view)}`,
    `    AND ${inWindow}`,
    '  GROUP BY customer',
    ')',
  ].join('\n');
  const buyers = [
    'buyers AS (',
    '  SELECT DISTINCT customer',
    '  FROM rows_before_as_of',
    `  WHERE event_type IN ${inList(settings.eventTypes.purchase)}`,
    ...(noPurchaseIn === 'window' ? [`    AND ${inWindow}`] : []),
    ')',
  ].join('\n');
  const select = [
    'SELECT',
    '  customer,',
    '  CAST(views AS INTEGER) AS views,',
    `  ${timeOutput('last_view_at', 'last_view_at', settings, input)}`,
    'FROM views_in_window',
    `WHERE views >= ${minViews}`,
    '  AND NOT EXISTS (SELECT 1 FROM buyers WHERE buyers.customer = views_in_window.customer)',
    'ORDER BY customer',
  ].join('\n');
  return { ctes: [views, buyers], select };
}
