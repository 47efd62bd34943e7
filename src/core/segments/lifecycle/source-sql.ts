// The CTEs that turn the input table into one row per order before the as-of instant D.

import { asOfCte } from '../as-of-sql';
import { quoteIdent } from '../../sql/quote';
import { optionalColumn } from './problems';
import type { LifecycleSettings } from './settings';

export const MICROSECONDS_PER_DAY = 86_400_000_000;

/** Whole days from instant `from` to instant `to`: floor((to - from) / 24 h), as RFM recency. */
export function wholeDays(from: string, to: string): string {
  return `CAST((epoch_us(${to}) - epoch_us(${from})) // ${MICROSECONDS_PER_DAY} AS INTEGER)`;
}

/** `order_rows`: every input row with the bound columns under fixed names. */
function orderRowsCte(settings: LifecycleSettings, table: string): string {
  const { customer, timestamp } = settings.columns;
  const order = optionalColumn(settings, 'order');
  const amount = optionalColumn(settings, 'amount');
  const columns = [
    `${quoteIdent(customer)} AS customer`,
    `CAST(${quoteIdent(timestamp)} AS TIMESTAMP) AS ordered_at`,
    ...(order === null ? [] : [`${quoteIdent(order)} AS order_id`]),
    ...(amount === null ? [] : [`CAST(${quoteIdent(amount)} AS DOUBLE) AS amount`]),
  ];
  return ['order_rows AS (', '  SELECT', columns.map((c) => `    ${c}`).join(',\n'), `  FROM ${quoteIdent(table)}`, ')'].join('\n');
}

/**
 * Rows without a customer, a time or (when bound) an order id cannot be placed and are left out.
 * A missing amount does not: the order still happened, it only adds nothing to revenue.
 */
function validOrdersCte(settings: LifecycleSettings): string {
  const conditions = ['customer IS NOT NULL', 'ordered_at IS NOT NULL', ...(optionalColumn(settings, 'order') === null ? [] : ['order_id IS NOT NULL'])];
  return ['valid_orders AS (', '  SELECT * FROM order_rows', `  WHERE ${conditions.join(' AND ')}`, ')'].join('\n');
}


function ordersBeforeAsOfCte(settings: LifecycleSettings): string {
  const amount = optionalColumn(settings, 'amount') !== null;
  if (optionalColumn(settings, 'order') === null) {
    return [
      'orders_before_as_of AS (',
      `  SELECT customer, ordered_at${amount ? ', amount' : ''}`,
      '  FROM valid_orders, as_of',
      '  WHERE ordered_at < as_of_at',
      ')',
    ].join('\n');
  }
  return [
    'orders_before_as_of AS (',
    '  -- an order split over several lines counts once, at the time of its first line',
    `  SELECT customer, order_id, min(ordered_at) AS ordered_at${amount ? ', sum(amount) AS amount' : ''}`,
    '  FROM valid_orders, as_of',
    '  WHERE ordered_at < as_of_at',
    '  GROUP BY customer, order_id',
    ')',
  ].join('\n');
}

/**
 * order_rows, valid_orders, as_of, orders_before_as_of, in that order. Only the first reads the
 * input, and DuckDB resolves a name to an earlier CTE only, so any table name is safe.
 */
export function sourceCtes(settings: LifecycleSettings, table: string): string[] {
  return [orderRowsCte(settings, table), validOrdersCte(settings), asOfCte(settings.asOf, 'ordered_at', 'valid_orders', 'order'), ordersBeforeAsOfCte(settings)];
}

/** `WITH a AS (...),\nb AS (...)`: the CTEs in order, one after another. */
export function withClause(ctes: string[]): string {
  return `WITH\n${ctes.join(',\n')}`;
}
