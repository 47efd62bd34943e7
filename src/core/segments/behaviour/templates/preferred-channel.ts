// Preferred channel: each customer's most frequent channel over rows before D (in the last d
// days when a window is set), with its share of the customer's rows that have a channel. Ties
// go to the channel that sorts first. minShare 0 lists everyone; higher keeps only customers
// who mostly use one channel.

import type { BehaviourSettingsOf } from '../settings';
import { shareLiteral } from '../source-sql';
import type { RuleQuery } from './rule-query';

export function preferredChannelQuery(settings: BehaviourSettingsOf<'preferred_channel'>): RuleQuery {
  const { windowDays, minShare } = settings.params;
  const counts = [
    'channel_counts AS (',
    '  SELECT customer, channel, count(*) AS channel_events',
    '  FROM rows_before_as_of',
    '  WHERE channel IS NOT NULL',
    ...(windowDays === null ? [] : [`    AND occurred_at >= as_of_at - INTERVAL ${windowDays} DAY`]),
    '  GROUP BY customer, channel',
    ')',
  ].join('\n');
  const ranked = [
    'ranked_channels AS (',
    '  SELECT',
    '    *,',
    '    sum(channel_events) OVER (PARTITION BY customer) AS events,',
    '    row_number() OVER (PARTITION BY customer ORDER BY channel_events DESC, channel) AS channel_rank',
    '  FROM channel_counts',
    ')',
  ].join('\n');
  const select = [
    'SELECT',
    '  customer,',
    '  channel,',
    '  CAST(channel_events AS INTEGER) AS channel_events,',
    '  CAST(events AS INTEGER) AS events,',
    '  CAST(channel_events AS DOUBLE) / events AS share',
    'FROM ranked_channels',
    `WHERE channel_rank = 1 AND CAST(channel_events AS DOUBLE) / events >= ${shareLiteral(minShare)}`,
    'ORDER BY customer',
  ].join('\n');
  return { ctes: [counts, ranked], select };
}
