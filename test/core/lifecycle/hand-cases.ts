// Hand-built order tables: each customer's orders as "days before D" and the state, recency,
// tenure, gap and comeback written by hand from DESIGN.md section 4 and the precedence in
// src/core/segments/lifecycle/compile-lifecycle.ts. Defaults: N 30, A 90, C 180, L 4, G = C.

import type { LifecycleState } from '../../../src/core/segments/lifecycle';

export const AS_OF = '2024-07-01';
const AS_OF_MS = Date.UTC(2024, 6, 1);

/** 'YYYY-MM-DD' of the day `days` before D (negative: after D). */
export function dayBefore(days: number): string {
  return new Date(AS_OF_MS - days * 86_400_000).toISOString().slice(0, 10);
}

export interface HandCustomer {
  customer: string;
  /** One order per entry, in days before D; null is a missing date. 0 is D itself (not counted). */
  orders: (number | null)[];
  /** Each order's amount; 10.5 when absent. */
  amount?: number | null;
  /** null: the customer has no order before D and is not in the table. */
  expected: null | {
    state: LifecycleState;
    orders: number;
    recency: number;
    tenure: number;
    gap: number | null;
    /** Days before D of the comeback order (returned_at). */
    returned: number | null;
  };
}

const c = (
  customer: string,
  orders: (number | null)[],
  state: LifecycleState,
  count: number,
  recency: number,
  tenure: number,
  gap: number | null,
  returned: number | null = null,
): HandCustomer => ({ customer, orders, expected: { state, orders: count, recency, tenure, gap, returned } });

export const DEFAULT_CASES: HandCustomer[] = [
  c('new_yesterday', [1], 'new', 1, 1, 1, null),
  c('new_at_n', [30], 'new', 1, 30, 30, null),
  c('active_after_n', [31], 'active', 1, 31, 31, null),
  c('active_three', [100, 50, 10], 'active', 3, 10, 100, 40),
  c('active_at_a', [90], 'active', 1, 90, 90, null),
  c('at_risk_after_a', [91], 'at_risk', 1, 91, 91, null),
  c('at_risk_at_c', [200, 180], 'at_risk', 2, 180, 200, 20),
  c('churned_after_c', [181], 'churned', 1, 181, 181, null),
  c('loyal_four', [120, 90, 60, 10], 'loyal', 4, 10, 120, 50),
  c('loyal_at_risk', [300, 250, 200, 150, 100], 'at_risk', 5, 100, 300, 50),
  c('loyal_churned', [400, 350, 300, 250, 200], 'churned', 5, 200, 400, 50),
  c('reactivated', [400, 10], 'reactivated', 2, 10, 400, 390, 10),
  c('reactivated_gap_g', [190, 10], 'reactivated', 2, 10, 190, 180, 10),
  c('active_gap_short', [189, 10], 'active', 2, 10, 189, 179),
  c('reactivated_at_a', [300, 90], 'reactivated', 2, 90, 300, 210, 90),
  c('at_risk_comeback_late', [300, 91], 'at_risk', 2, 91, 300, 209),
  c('reactivated_loyal', [500, 480, 460, 440, 20], 'reactivated', 5, 20, 500, 420, 20),
  c('reactivated_ordered_again', [400, 30, 5], 'reactivated', 3, 5, 400, 25, 30),
  c('new_four_orders', [25, 20, 15, 5], 'new', 4, 5, 25, 10),
  // Two rows on one day are two orders (no order id) but one visit: the gap is not 0.
  c('same_day_comeback', [300, 10, 10], 'reactivated', 3, 10, 300, 290, 10),
  c('order_on_as_of', [200, 0], 'churned', 1, 200, 200, null),
  // A missing amount leaves the order in (and revenue unknown); a missing date leaves the row out.
  { ...c('partly_null', [null, 40], 'active', 1, 40, 40, null), amount: null },
  { customer: 'only_on_as_of', orders: [0], expected: null },
  { customer: 'only_after', orders: [-5], expected: null },
  { customer: 'null_dates', orders: [null, null], expected: null },
];

/**
 * Precedence with thresholds where states overlap: N 365, A 90, C 180, L 2, G 100.
 * Order of the checks: churned, at risk, reactivated, new, loyal, active.
 */
export const PRECEDENCE_THRESHOLDS = { newWithinDays: 365, atRiskAfterDays: 90, churnedAfterDays: 180, loyalMinOrders: 2, reactivationGapDays: 100 };

export const PRECEDENCE_CASES: HandCustomer[] = [
  // new (tenure 200 <= 365) but churned (recency 200 > 180): recency first
  c('churned_over_new', [200], 'churned', 1, 200, 200, null),
  // new and loyal (2 orders) but at risk (recency 100 > 90)
  c('at_risk_over_new_loyal', [150, 100], 'at_risk', 2, 100, 150, 50),
  // new (300 <= 365) and loyal (2 orders) and a comeback (gap 290 >= 100): reactivated
  c('reactivated_over_new_loyal', [300, 10], 'reactivated', 2, 10, 300, 290, 10),
  // gap exactly G = 100 is a comeback
  c('reactivated_at_custom_g', [120, 20], 'reactivated', 2, 20, 120, 100, 20),
  // gap 99 is not; new (120 <= 365) beats loyal (2 orders)
  c('new_over_loyal', [119, 20], 'new', 2, 20, 119, 99),
];

/** With N 1 nobody here is new: loyal from 2 orders, else active. */
export const LOYAL_CASES: HandCustomer[] = [
  c('loyal_two', [50, 40], 'loyal', 2, 40, 50, 10),
  c('active_one', [50], 'active', 1, 50, 50, null),
];

export const DEFAULT_AMOUNT = 10.5;

/** VALUES rows (customer, day, amount) for a DATE-typed order table, plus a row with no customer. */
export function orderValues(customers: HandCustomer[]): string {
  const rows = customers.flatMap((h) => {
    const amount = h.amount === undefined ? DEFAULT_AMOUNT : h.amount;
    return h.orders.map((days) => `('${h.customer}', ${days === null ? 'NULL' : `DATE '${dayBefore(days)}'`}, ${amount ?? 'NULL'})`);
  });
  return [...rows, "(NULL, DATE '2024-06-01', 10.5)"].join(',\n');
}
