// Cart abandoners: customers with a cart add in the last d days before D that no purchase
// followed within H hours.
//
// - "Within H hours" is inclusive: a purchase at or after the cart add and at most H hours
//   later rescues it. A purchase before the cart add does not: it bought something else.
// - A cart add counts only once its H-hour window has closed before D: until then nobody can
//   say it was abandoned (with date-only D, yesterday's carts wait until tomorrow).
// - Purchases are looked up among all rows before D, so a cart added just inside the window
//   and bought just after it started is still rescued.

import { boundColumn } from '../rules';
import type { BehaviourSettingsOf } from '../settings';
import { inList, timeOutput, type BehaviourInput } from '../source-sql';
import type { RuleQuery } from './rule-query';

export function cartAbandonersQuery(settings: BehaviourSettingsOf<'cart_abandoners'>, input: BehaviourInput): RuleQuery {
  const { windowDays, purchaseWithinHours: hours } = settings.params;
  const withCategory = boundColumn(settings, 'category') !== null;
  const carts = [
    'cart_adds AS (',
    `  SELECT customer, occurred_at AS cart_at${withCategory ? ', category' : ''}`,
    '  FROM rows_before_as_of',
    `  WHERE event_type IN ${inList(settings.eventTypes.cart)}`,
    `    AND occurred_at >= as_of_at - INTERVAL ${windowDays} DAY`,
    `    AND occurred_at + INTERVAL ${hours} HOUR < as_of_at`,
    ')',
  ].join('\n');
  const purchases = [
    'purchases AS (',
    '  SELECT customer, occurred_at AS purchased_at',
    '  FROM rows_before_as_of',
    `  WHERE event_type IN ${inList(settings.eventTypes.purchase)}`,
    ')',
  ].join('\n');
  const abandoned = [
    'abandoned_carts AS (',
    '  SELECT * FROM cart_adds',
    '  WHERE NOT EXISTS (',
    '    SELECT 1 FROM purchases',
    '    WHERE purchases.customer = cart_adds.customer',
    '      AND purchased_at >= cart_at',
    `      AND purchased_at <= cart_at + INTERVAL ${hours} HOUR`,
    '  )',
    ')',
  ].join('\n');
  const select = [
    'SELECT',
    '  customer,',
    '  CAST(count(*) AS INTEGER) AS abandoned_carts,',
    `  ${timeOutput('max(cart_at)', 'last_cart_at', settings, input)}${withCategory ? ',' : ''}`,
    // The latest cart add that has a category; ties on time go to the larger category, so the
    // answer never depends on row order.
    ...(withCategory ? ['  arg_max(category, (cart_at, category)) AS last_cart_category'] : []),
    'FROM abandoned_carts',
    'GROUP BY customer',
    'ORDER BY customer',
  ].join('\n');
  return { ctes: [carts, purchases, abandoned], select };
}
