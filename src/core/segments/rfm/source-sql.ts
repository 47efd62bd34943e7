// The CTEs that turn the input table into orders before the as-of instant, shared by the
// RFM query and its checks query so that both count exactly the same rows.

import { asOfCte } from '../as-of-sql';
import { quoteIdent } from '../../sql/quote';
import { orderColumn } from './problems';
import type { RfmSettings } from './settings';

export const MICROSECONDS_PER_DAY = 86_400_000_000;

/** `order_rows`: every input row with the bound columns under fixed names. */
function orderRowsCte(settings: RfmSettings, table: string): string {
  const { customer, timestamp, amount } = settings.columns;
  const order = orderColumn(settings);
  return [
    'order_rows AS (',
    '  SELECT',
    `    ${quoteIdent(customer)} AS customer,`,
    `    CAST(${quoteIdent(timestamp)} AS TIMESTAMP) AS ordered_at,`,
    ...(order === null ? [] : [`    ${quoteIdent(order)} AS order_id,`]),
    `    CAST(${quoteIdent(amount)} AS DOUBLE) AS amount`,
    `  FROM ${quoteIdent(table)}`,
    ')',
  ].join('\n');
}

/** The null checks in the order the checks query reports them (a row counts once, first reason). */
export function missingValueReasons(settings: RfmSettings): [reason: string, column: string][] {
  return [
    ['null_customer', 'customer'],
    ['null_timestamp', 'ordered_at'],
    ['null_amount', 'amount'],
    ...(orderColumn(settings) === null ? [] : ([['null_order', 'order_id']] as [string, string][])),
  ];
}

function validOrdersCte(settings: RfmSettings): string {
  const conditions = missingValueReasons(settings).map(([, column]) => `${column} IS NOT NULL`);
  return ['valid_orders AS (', '  SELECT * FROM order_rows', `  WHERE ${conditions.join(' AND ')}`, ')'].join('\n');
}


const ORDERS_BEFORE_AS_OF = [
  'orders_before_as_of AS (',
  '  SELECT valid_orders.* FROM valid_orders, as_of',
  '  WHERE ordered_at < as_of_at',
  ')',
].join('\n');

/**
 * order_rows, valid_orders, as_of, orders_before_as_of, in that order. Only the first reads the
 * input, and DuckDB resolves a name to an earlier CTE only, so any table name is safe.
 */
export function sourceCtes(settings: RfmSettings, table: string): string[] {
  return [orderRowsCte(settings, table), validOrdersCte(settings), asOfCte(settings.asOf, 'ordered_at', 'valid_orders', 'order'), ORDERS_BEFORE_AS_OF];
}

/** `WITH a AS (...),\nb AS (...)`: the CTEs in order, one after another. */
export function withClause(ctes: string[]): string {
  return `WITH\n${ctes.join(',\n')}`;
}
