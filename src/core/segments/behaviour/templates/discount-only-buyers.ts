// Discount-only buyers, over an orders table: customers with at least k orders before D (in the
// last d days when a window is set) of which a share of at least s used a discount. With an
// order id, an order split over several lines counts once and used a discount when any line did.

import { boundColumn } from '../rules';
import type { BehaviourSettingsOf } from '../settings';
import { shareLiteral, timeOutput, type BehaviourInput } from '../source-sql';
import type { RuleQuery } from './rule-query';

export function discountOnlyBuyersQuery(settings: BehaviourSettingsOf<'discount_only_buyers'>, input: BehaviourInput): RuleQuery {
  const { minShare, minOrders, windowDays } = settings.params;
  const window = windowDays === null ? [] : [`  WHERE occurred_at >= as_of_at - INTERVAL ${windowDays} DAY`];
  const orders = boundColumn(settings, 'order') !== null
    ? [
        'placed_orders AS (',
        '  SELECT customer, order_id, min(occurred_at) AS ordered_at, bool_or(discounted) AS discounted',
        '  FROM rows_before_as_of',
        ...window,
        '  GROUP BY customer, order_id',
        ')',
      ]
    : ['placed_orders AS (', '  SELECT customer, occurred_at AS ordered_at, discounted', '  FROM rows_before_as_of', ...window, ')'];
  const perCustomer = [
    'per_customer AS (',
    '  SELECT',
    '    customer,',
    '    count(*) AS orders,',
    '    count(*) FILTER (WHERE discounted) AS discounted_orders,',
    '    max(ordered_at) AS last_order_at',
    '  FROM placed_orders',
    '  GROUP BY customer',
    ')',
  ].join('\n');
  const select = [
    'SELECT',
    '  customer,',
    '  CAST(orders AS INTEGER) AS orders,',
    '  CAST(discounted_orders AS INTEGER) AS discounted_orders,',
    '  CAST(discounted_orders AS DOUBLE) / orders AS share,',
    `  ${timeOutput('last_order_at', 'last_order_at', settings, input)}`,
    'FROM per_customer',
    `WHERE orders >= ${minOrders} AND CAST(discounted_orders AS DOUBLE) / orders >= ${shareLiteral(minShare)}`,
    'ORDER BY customer',
  ].join('\n');
  return { ctes: [orders.join('\n'), perCustomer], select };
}
