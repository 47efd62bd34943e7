// The generator's entry point: customers are simulated one by one, in id order, and their rows
// handed out a chunk of customers at a time, so 10M customers never sit in memory at once.
//
// Each customer draws from their own random streams (profile, orders, events, messages, survey),
// keyed by (seed, customer id). So a table can be generated alone, and the first n customers of a
// larger run are exactly a run of size n: same seed + size gives the same rows on every path.

import { CATEGORIES, ORDER_CHANNELS } from './catalog';
import { simulateEvents } from './events';
import { simulateMessages } from './campaigns';
import { simulateOrders, type SimOrder } from './orders';
import { customerRow, simulateProfile, type CustomerProfile } from './profile';
import { streamFor } from './random';
import { SHOP_TABLES, type Row, type ShopTable } from './schema';
import { simulateSurvey } from './survey';

export interface ShopOptions {
  /** Number of customers, 1 .. 100,000,000. */
  customers: number;
  /** Any integer; only its low 32 bits matter. */
  seed: number;
  /** Tables to produce (default: all). Skipping one does not change the others. */
  tables?: readonly ShopTable[];
  /** Customers per yielded chunk (default 5,000). */
  chunkCustomers?: number;
}

export interface ShopChunk {
  /** First and last customer id of the chunk (inclusive). */
  firstCustomer: number;
  lastCustomer: number;
  /** Rows per table; empty for tables not asked for. */
  rows: Record<ShopTable, Row[]>;
}

const STREAM = { profile: 0, orders: 1, events: 2, messages: 3, survey: 4 } as const;
export const MAX_CUSTOMERS = 100_000_000;

function emptyRows(): Record<ShopTable, Row[]> {
  return { customers: [], orders: [], events: [], campaign_messages: [], survey: [] };
}

/** Running ids: orders, events and messages are numbered 1.. in customer order, then time order. */
interface Counters {
  order: number;
  event: number;
  message: number;
}

function emitCustomer(seed: number, id: number, want: ReadonlySet<ShopTable>, next: Counters, rows: Record<ShopTable, Row[]>): void {
  const p: CustomerProfile = simulateProfile(streamFor(seed, id, STREAM.profile), id);
  if (want.has('customers')) rows.customers.push(customerRow(p));
  const needOrders = want.has('orders') || want.has('events') || want.has('campaign_messages');
  const orders: SimOrder[] = needOrders ? simulateOrders(p, streamFor(seed, id, STREAM.orders)) : [];
  const firstOrderId = next.order;
  next.order += orders.length;
  if (want.has('orders')) {
    orders.forEach((o, i) => {
      rows.orders.push([firstOrderId + i, id, o.at, o.amountKrw, CATEGORIES[o.category]!, o.discount, ORDER_CHANNELS[o.channel]!, o.status]);
    });
  }
  if (want.has('events')) {
    for (const e of simulateEvents(p, orders, streamFor(seed, id, STREAM.events))) {
      const category = e.category === null ? null : CATEGORIES[e.category]!;
      const orderId = e.order === null ? null : firstOrderId + e.order;
      rows.events.push([next.event++, id, e.at, e.type, category, ORDER_CHANNELS[e.channel]!, orderId]);
    }
  }
  if (want.has('campaign_messages')) {
    for (const m of simulateMessages(p, orders, streamFor(seed, id, STREAM.messages))) {
      rows.campaign_messages.push([next.message++, id, m.campaign, m.variant, m.channel, m.sentAt, m.openedAt, m.clickedAt, m.unsubscribed]);
    }
  }
  if (want.has('survey')) {
    const s = simulateSurvey(p, streamFor(seed, id, STREAM.survey));
    if (s) rows.survey.push([id, s.respondedAt, s.nps, s.shoppingStyle, s.priceSensitivity, s.preferredTime, s.valuePriority, s.comment]);
  }
}

export function* generateShop(options: ShopOptions): Generator<ShopChunk> {
  const { customers, seed } = options;
  if (!Number.isInteger(customers) || customers < 1 || customers > MAX_CUSTOMERS) {
    throw new RangeError(`customers must be an integer from 1 to ${MAX_CUSTOMERS}, got ${customers}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const chunk = Math.max(1, Math.floor(options.chunkCustomers ?? 5000));
  const want = new Set(options.tables ?? SHOP_TABLES);
  const next: Counters = { order: 1, event: 1, message: 1 };
  for (let first = 1; first <= customers; first += chunk) {
    const last = Math.min(customers, first + chunk - 1);
    const rows = emptyRows();
    for (let id = first; id <= last; id++) emitCustomer(seed, id, want, next, rows);
    yield { firstCustomer: first, lastCustomer: last, rows };
  }
}

/** One table's rows, chunk by chunk. */
export function* generateShopTable(options: Omit<ShopOptions, 'tables'>, table: ShopTable): Generator<Row[]> {
  for (const chunk of generateShop({ ...options, tables: [table] })) yield chunk.rows[table];
}
