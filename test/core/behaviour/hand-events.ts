// Hand-built event and order tables. Each customer is named for what it tests; the expected
// customers per rule are written by hand in behaviour-rules.test.ts, including near misses just
// outside each threshold. D = 2024-07-01 00:00 throughout.

import { quoteLiteral } from '../../../src/core/sql/quote';

export const AS_OF = '2024-07-01';
const AS_OF_MS = Date.UTC(2024, 6, 1);

/** The instant `days` days and `minutes` minutes before D, as DuckDB timestamp text. */
export function before(days: number, minutes = 0): string {
  return new Date(AS_OF_MS - days * 86_400_000 - minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** decodeRows' text for the same instant. */
export function iso(days: number, minutes = 0): string {
  return `${before(days, minutes).replace(' ', 'T')}.000`;
}

export const EVENTS_DDL = 'customer_id VARCHAR, occurred_at TIMESTAMP, event_type VARCHAR, category VARCHAR, channel VARCHAR';
export const ORDERS_DDL = 'customer_id VARCHAR, order_id VARCHAR, ordered_at TIMESTAMP, discount_used BOOLEAN, discount_krw BIGINT';

export type EventRow = [customer: string | null, at: string | null, type: string, category: string | null, channel: string | null];

const e = (customer: string, at: string, type: string, category: string | null = null, channel: string | null = null): EventRow => [customer, at, type, category, channel];
const times = (n: number, row: () => EventRow): EventRow[] => Array.from({ length: n }, row);

export const CART_EVENTS: EventRow[] = [
  e('ca_abandon', before(5), 'cart_add', 'shoes'),
  e('ca_bought_in_time', before(5), 'cart_add'),
  e('ca_bought_in_time', before(4), 'purchase'), // exactly 24 h later: rescued
  e('ca_bought_late', before(5), 'cart_add'),
  e('ca_bought_late', before(4, -1), 'purchase'), // 24 h and 1 minute later: too late
  e('ca_bought_same_instant', before(5), 'cart_add'),
  e('ca_bought_same_instant', before(5), 'purchase'), // bought at the very instant: rescued
  e('ca_bought_before', before(6), 'purchase'),
  e('ca_bought_before', before(5), 'cart_add'),
  e('ca_window_edge', before(30), 'cart_add'), // exactly d days before D: inside
  e('ca_outside_window', before(30, 1), 'cart_add'), // a minute earlier: outside
  e('ca_open_window', before(0, 23 * 60), 'cart_add'), // 23 h before D: cannot tell yet
  e('ca_exact_24h', before(1), 'cart_add'), // window ends exactly at D: not yet closed
  e('ca_closing', before(1, 1), 'cart_add'), // window closed a minute before D
  e('ca_two_carts', before(20), 'cart_add', 'socks'),
  e('ca_two_carts', before(10), 'cart_add', 'bags'),
  e('ca_two_carts', before(10, -120), 'purchase'),
  e('ca_two_carts', before(3), 'cart_add', 'hats'),
  e('ca_same_instant', before(4), 'cart_add', 'a'),
  e('ca_same_instant', before(4), 'cart_add', 'b'),
  e('ca_after_as_of', before(0, -60), 'cart_add'),
  e('ca_view_only', before(5), 'view'),
  [null, before(5), 'cart_add', null, null],
  ['ca_no_time', null, 'cart_add', null, null],
];

export const BROWSE_EVENTS: EventRow[] = [
  ...times(3, () => e('br_three_views', before(2), 'view')),
  ...times(2, () => e('br_two_views', before(2), 'view')),
  ...times(5, () => e('br_views_and_purchase', before(2), 'view')),
  e('br_views_and_purchase', before(1), 'purchase'),
  ...times(3, () => e('br_old_purchase', before(2), 'view')),
  e('br_old_purchase', before(40), 'purchase'),
  e('br_views_edge', before(30), 'view'),
  e('br_views_edge', before(30, 1), 'view'),
  e('br_views_edge', before(1), 'view'),
  e('br_views_edge', before(2), 'view'),
  ...times(2, () => e('br_cart_not_view', before(2), 'view')),
  e('br_cart_not_view', before(2), 'cart_add'),
  ...times(2, () => e('br_after', before(2), 'view')),
  ...times(2, () => e('br_after', before(0), 'view')),
  ...times(2, () => e('br_mixed_types', before(3), 'view')),
  e('br_mixed_types', before(3), 'product_view'),
];

/** The 6-month window starts at 2024-01-01 00:00. */
export const CATEGORY_EVENTS: EventRow[] = [
  ...times(7, () => e('cl_loyal', before(10), 'view', 'shoes')),
  ...times(3, () => e('cl_loyal', before(10), 'view', 'bags')),
  ...times(6, () => e('cl_near', before(10), 'view', 'shoes')),
  ...times(3, () => e('cl_near', before(10), 'view', 'bags')),
  ...times(2, () => e('cl_few', before(10), 'view', 'shoes')),
  ...times(3, () => e('cl_three', before(10), 'purchase', 'shoes')),
  ...times(5, () => e('cl_old', '2023-12-31 23:59:00', 'view', 'shoes')),
  e('cl_old', before(10), 'view', 'bags'),
  ...times(3, () => e('cl_edge', '2024-01-01 00:00:00', 'view', 'hats')),
  ...times(2, () => e('cl_tie', before(10), 'view', 'b')),
  ...times(2, () => e('cl_tie', before(10), 'view', 'a')),
  ...times(3, () => e('cl_nulls', before(10), 'view', 'shoes')),
  ...times(5, () => e('cl_nulls', before(10), 'view', null)),
  ...times(5, () => e('cl_buys', before(10), 'view', 'tv')),
  ...times(3, () => e('cl_buys', before(10), 'purchase', 'books')),
];

export const CHANNEL_EVENTS: EventRow[] = [
  ...times(3, () => e('pc_app', before(10), 'view', null, 'app')),
  e('pc_app', before(10), 'view', null, 'web'),
  ...times(2, () => e('pc_tie', before(10), 'view', null, 'web')),
  ...times(2, () => e('pc_tie', before(10), 'view', null, 'app')),
  ...times(5, () => e('pc_nulls', before(10), 'view', null, null)),
  e('pc_nulls', before(10), 'view', null, 'kakao'),
  ...times(3, () => e('pc_window', before(40), 'view', null, 'web')),
  e('pc_window', before(5), 'view', null, 'app'),
  e('pc_after', before(0), 'view', null, 'app'),
];

export type OrderRow = [customer: string, order: string | null, at: string, discount: boolean | null, discountKrw: number | null];

const o = (customer: string, order: string, at: string, discount: boolean | null): OrderRow => [customer, order, at, discount, discount ? 1000 : 0];
const orders = (customer: string, flags: (boolean | null)[], days = 10): OrderRow[] => flags.map((flag, i) => o(customer, `${customer}_${days}_${i}`, before(days + i), flag));

export const DISCOUNT_ORDERS: OrderRow[] = [
  ...orders('do_all', [true, true, true]),
  ...orders('do_four_of_five', [true, true, false, true, true]),
  ...orders('do_three_of_four', [true, false, true, true]),
  ...orders('do_two', [true, true]),
  // one order over two lines, one of them discounted: a discounted order
  o('do_split', 'x1', before(10), false),
  o('do_split', 'x1', before(10), true),
  o('do_split', 'x2', before(11), true),
  o('do_split', 'x3', before(12), true),
  ...orders('do_null_flag', [true, true, null]),
  ...orders('do_after', [true, true]),
  o('do_after', 'late', before(0), true),
  ...orders('do_recent', [false, false], 60),
  ...orders('do_recent', [true, true, true], 5),
];

export function eventValues(rows: EventRow[]): string {
  const text = (v: string | null) => (v === null ? 'NULL' : quoteLiteral(v));
  return rows.map(([c, at, type, category, channel]) => `(${text(c)}, ${at === null ? 'NULL' : `TIMESTAMP '${at}'`}, ${text(type)}, ${text(category)}, ${text(channel)})`).join(',\n');
}

export function orderValues(rows: OrderRow[]): string {
  return rows.map(([c, order, at, flag, krw]) => `('${c}', ${order === null ? 'NULL' : `'${order}'`}, TIMESTAMP '${at}', ${flag === null ? 'NULL' : flag}, ${flag === null ? 'NULL' : krw})`).join(',\n');
}
