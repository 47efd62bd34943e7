// Lifecycle state per customer (DESIGN.md section 4) as one readable SELECT:
//   order_rows -> valid_orders -> as_of -> orders_before_as_of -> order_times -> order_gaps
//   -> per_customer -> classified
// Output: customer, first_order, last_order, orders, [revenue], recency_days, tenure_days,
// previous_gap_days, returned_at, state, state_id.
//
// Day counts are whole days, floor(duration / 24 h), as RFM recency: with date-only data and D
// the day after the latest order, the latest day is 1 day ago. Thresholds compare these shown
// numbers, so a reader can check every state from the row itself:
//   "within X days" = at most X days; "after X days" = more than X days; a gap "of at least G".
//
// Precedence: a customer gets the first state that applies, recency first, because how long
// ago the customer last bought decides what a marketer can still do:
//   1. churned      recency_days > C                  (no order in the last C days)
//   2. at_risk      recency_days > A                  (so A < recency <= C)
//   3. reactivated  returned_at is set: an order at most A days ago came at least G days after
//                   the order before it. Beats new and loyal: the comeback is the news.
//   4. new          tenure_days <= N                  (first order at most N days ago)
//                   Beats loyal: four orders in the first month is an eager newcomer.
//   5. loyal        orders >= loyalMinOrders           (repeat buyers still buying)
//   6. active       everyone else: bought within A days.
// A reactivated customer stays reactivated while the comeback order is within A days, even
// after ordering again (previous_gap_days then shows the newer, short gap).
//
// Decisions the tests pin: only orders strictly before D count; rows with no customer, time or
// (when bound) order id are left out; orders at the same instant are one visit for gaps; an
// as-of date before the data gives an empty table, not an error.

import { columnKind } from '../../roles/column-kind';
import { quoteLiteral } from '../../sql/quote';
import type { ColumnInfo } from '../../workbook/import-options';
import { checkLifecycleSettings, optionalColumn, type LifecycleProblem } from './problems';
import { LIFECYCLE_STATES, reactivationGapDays, type LifecycleLocale, type LifecycleSettings } from './settings';
import { sourceCtes, wholeDays, withClause } from './source-sql';

export interface LifecycleInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export type LifecycleCompiled = { sql: string } | { problem: LifecycleProblem };

/** Output columns in order; revenue only when an amount column is bound. */
export function lifecycleOutputColumns(settings: LifecycleSettings): string[] {
  const revenue = optionalColumn(settings, 'amount') === null ? [] : ['revenue'];
  return ['customer', 'first_order', 'last_order', 'orders', ...revenue, 'recency_days', 'tenure_days', 'previous_gap_days', 'returned_at', 'state', 'state_id'];
}

function orderTimesCte(hasAmount: boolean): string {
  return [
    'order_times AS (',
    '  -- orders placed at the same instant are one visit: there is no gap between them',
    `  SELECT customer, ordered_at, count(*) AS orders${hasAmount ? ', sum(amount) AS amount' : ''}`,
    '  FROM orders_before_as_of',
    '  GROUP BY customer, ordered_at',
    ')',
  ].join('\n');
}

const ORDER_GAPS = [
  'order_gaps AS (',
  '  SELECT *, lag(ordered_at) OVER (PARTITION BY customer ORDER BY ordered_at) AS previous_at',
  '  FROM order_times',
  ')',
].join('\n');

function perCustomerCte(settings: LifecycleSettings): string {
  const { atRiskAfterDays } = settings.thresholds;
  const comeback = `${wholeDays('previous_at', 'ordered_at')} >= ${reactivationGapDays(settings.thresholds)}`;
  const recent = `${wholeDays('ordered_at', 'as_of_at')} <= ${atRiskAfterDays}`;
  return [
    'per_customer AS (',
    '  SELECT',
    '    customer,',
    '    min(ordered_at) AS first_order,',
    '    max(ordered_at) AS last_order,',
    '    CAST(sum(orders) AS INTEGER) AS orders,',
    ...(optionalColumn(settings, 'amount') === null ? [] : ['    sum(amount) AS revenue,']),
    `    ${wholeDays('max(ordered_at)', 'as_of_at')} AS recency_days,`,
    `    ${wholeDays('min(ordered_at)', 'as_of_at')} AS tenure_days,`,
    '    -- lag grows with time, so its largest value is the visit before the latest one',
    `    ${wholeDays('max(previous_at)', 'max(ordered_at)')} AS previous_gap_days,`,
    '    -- the latest comeback: an order within A days that came at least G days after the one before',
    `    max(ordered_at) FILTER (WHERE ${comeback} AND ${recent}) AS returned_at`,
    '  FROM order_gaps, as_of',
    '  GROUP BY customer, as_of_at',
    ')',
  ].join('\n');
}

/** The precedence list at the top of this file, as SQL. */
function stateIdExpression(settings: LifecycleSettings): string {
  const { newWithinDays, atRiskAfterDays, churnedAfterDays, loyalMinOrders } = settings.thresholds;
  return [
    'CASE',
    `      WHEN recency_days > ${churnedAfterDays} THEN 'churned'`,
    `      WHEN recency_days > ${atRiskAfterDays} THEN 'at_risk'`,
    "      WHEN returned_at IS NOT NULL THEN 'reactivated'",
    `      WHEN tenure_days <= ${newWithinDays} THEN 'new'`,
    `      WHEN orders >= ${loyalMinOrders} THEN 'loyal'`,
    "      ELSE 'active'",
    '    END',
  ].join('\n');
}

/** CASE over state_id giving the user's label in the workbook's language. */
export function stateLabelExpression(settings: LifecycleSettings, locale: LifecycleLocale): string {
  const whens = LIFECYCLE_STATES.map((state) => `    WHEN '${state}' THEN ${quoteLiteral(settings.labels[state][locale])}`);
  return ['CASE state_id', ...whens, '  END'].join('\n');
}

/** Date-only input stays date-only in the output; the arithmetic above needs timestamps. */
function asInput(column: string, settings: LifecycleSettings, input: LifecycleInput): string {
  const type = input.columns.find((c) => c.name === settings.columns.timestamp)?.type ?? '';
  return columnKind(type) === 'date' ? `CAST(${column} AS DATE) AS ${column}` : column;
}

/** The lifecycle table's SELECT, or the first problem with the settings. Labels are in `locale`. */
export function compileLifecycle(settings: LifecycleSettings, input: LifecycleInput, locale: LifecycleLocale = 'en'): LifecycleCompiled {
  const problem = checkLifecycleSettings(settings, input.columns);
  if (problem) return { problem };
  const hasAmount = optionalColumn(settings, 'amount') !== null;
  const ctes = [
    ...sourceCtes(settings, input.table),
    orderTimesCte(hasAmount),
    ORDER_GAPS,
    perCustomerCte(settings),
    `classified AS (\n  SELECT *,\n    ${stateIdExpression(settings)} AS state_id\n  FROM per_customer\n)`,
  ];
  const dated = (column: string) => asInput(column, settings, input);
  const select = [
    'SELECT',
    `  customer, ${dated('first_order')}, ${dated('last_order')}, orders,${hasAmount ? ' revenue,' : ''}`,
    `  recency_days, tenure_days, previous_gap_days, ${dated('returned_at')},`,
    `  ${stateLabelExpression(settings, locale)} AS state,`,
    '  state_id',
    'FROM classified',
    'ORDER BY customer',
  ].join('\n');
  return { sql: `${withClause(ctes)}\n${select}` };
}
