// Each rule template on native DuckDB over the hand-built tables of hand-events.ts: the matching
// customers and their evidence, written by hand, with the near misses left out.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileBehaviour, defaultBehaviourSettings, type BehaviourRule, type BehaviourSettingsOf } from '../../../src/core/segments/behaviour';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';
import { queryRecords, sqlOf } from '../lifecycle/records';
import {
  AS_OF,
  BROWSE_EVENTS,
  CART_EVENTS,
  CATEGORY_EVENTS,
  CHANNEL_EVENTS,
  DISCOUNT_ORDERS,
  EVENTS_DDL,
  ORDERS_DDL,
  eventValues,
  iso,
  orderValues,
} from './hand-events';

describe('behaviour rules on native DuckDB', () => {
  let engine: EngineApi & { close(): Promise<void> };

  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
    // One table per rule, so that one rule's customers are never another's near misses.
    for (const [table, rows] of Object.entries({ cart_events: CART_EVENTS, browse_events: BROWSE_EVENTS, category_events: CATEGORY_EVENTS, channel_events: CHANNEL_EVENTS })) {
      await engine.exec(`CREATE TABLE ${table} (${EVENTS_DDL})`);
      await engine.exec(`INSERT INTO ${table} VALUES\n${eventValues(rows)}`);
    }
    await engine.exec(`CREATE TABLE orders (${ORDERS_DDL})`);
    await engine.exec(`INSERT INTO orders VALUES\n${orderValues(DISCOUNT_ORDERS)}`);
  });
  afterAll(async () => engine.close());

  async function run<R extends BehaviourRule>(rule: R, table: string, patch: (s: BehaviourSettingsOf<R>) => void = () => {}) {
    const columns = (await engine.listTables()).find((t) => t.name === table)!.columns;
    const settings = { ...defaultBehaviourSettings(rule, columns), asOf: AS_OF } as BehaviourSettingsOf<R>;
    patch(settings);
    return queryRecords(engine, sqlOf(compileBehaviour(settings, { table, columns })));
  }

  it('cart abandoners: no purchase within H hours, windows closed before D, latest cart and category', async () => {
    expect(await run('cart_abandoners', 'cart_events')).toEqual([
      { customer: 'ca_abandon', abandoned_carts: 1, last_cart_at: iso(5), last_cart_category: 'shoes' },
      { customer: 'ca_bought_before', abandoned_carts: 1, last_cart_at: iso(5), last_cart_category: null },
      { customer: 'ca_bought_late', abandoned_carts: 1, last_cart_at: iso(5), last_cart_category: null },
      { customer: 'ca_closing', abandoned_carts: 1, last_cart_at: iso(1, 1), last_cart_category: null },
      { customer: 'ca_same_instant', abandoned_carts: 2, last_cart_at: iso(4), last_cart_category: 'b' },
      { customer: 'ca_two_carts', abandoned_carts: 2, last_cart_at: iso(3), last_cart_category: 'hats' },
      { customer: 'ca_window_edge', abandoned_carts: 1, last_cart_at: iso(30), last_cart_category: null },
    ]);
  });

  it('cart abandoners: H and d move the boundaries; no category column, no category evidence', async () => {
    const long = await run('cart_abandoners', 'cart_events', (s) => {
      s.params = { windowDays: 5, purchaseWithinHours: 48 };
      delete s.columns.category;
    });
    // 48 h: the late buyer is rescued, and carts from the last 2 days are still open.
    expect(long).toEqual([
      { customer: 'ca_abandon', abandoned_carts: 1, last_cart_at: iso(5) },
      { customer: 'ca_bought_before', abandoned_carts: 1, last_cart_at: iso(5) },
      { customer: 'ca_same_instant', abandoned_carts: 2, last_cart_at: iso(4) },
      { customer: 'ca_two_carts', abandoned_carts: 1, last_cart_at: iso(3) },
    ]);
  });

  it('browsers without purchase: at least n views in d days, no purchase in the window or ever', async () => {
    const pick = (rows: Record<string, unknown>[]) => rows.map((r) => [r.customer, r.views, r.last_view_at]);
    expect(pick(await run('browsers_without_purchase', 'browse_events'))).toEqual([
      ['br_old_purchase', 3, iso(2)],
      ['br_three_views', 3, iso(2)],
      ['br_views_edge', 3, iso(1)],
    ]);
    const never = await run('browsers_without_purchase', 'browse_events', (s) => (s.params.noPurchaseIn = 'history'));
    expect(never.map((r) => r.customer)).toEqual(['br_three_views', 'br_views_edge']);
    const twoTypes = await run('browsers_without_purchase', 'browse_events', (s) => (s.eventTypes.view = ['view', 'product_view']));
    expect(twoTypes.map((r) => r.customer)).toEqual(['br_mixed_types', 'br_old_purchase', 'br_three_views', 'br_views_edge']);
    const fourViews = await run('browsers_without_purchase', 'browse_events', (s) => (s.params.minViews = 4));
    expect(fourViews.map((r) => r.customer)).toEqual([]);
  });

  it('category loyalists: share >= s over m months with enough rows, the category named', async () => {
    expect(await run('category_loyalists', 'category_events')).toEqual([
      { customer: 'cl_edge', category: 'hats', category_events: 3, events: 3, share: 1 },
      { customer: 'cl_loyal', category: 'shoes', category_events: 7, events: 10, share: 0.7 },
      { customer: 'cl_nulls', category: 'shoes', category_events: 3, events: 3, share: 1 },
      { customer: 'cl_three', category: 'shoes', category_events: 3, events: 3, share: 1 },
    ]);
    const half = await run('category_loyalists', 'category_events', (s) => (s.params.minShare = 0.5));
    expect(half.find((r) => r.customer === 'cl_tie')).toEqual({ customer: 'cl_tie', category: 'a', category_events: 2, events: 4, share: 0.5 });
    expect(half.map((r) => r.customer)).toContain('cl_near');
    const purchases = await run('category_loyalists', 'category_events', (s) => (s.params.activity = 'purchases'));
    expect(purchases.map((r) => [r.customer, r.category])).toEqual([['cl_buys', 'books'], ['cl_three', 'shoes']]);
  });

  it('discount-only buyers: at least k orders, share of discounted orders >= s', async () => {
    expect(await run('discount_only_buyers', 'orders')).toEqual([
      { customer: 'do_all', orders: 3, discounted_orders: 3, share: 1, last_order_at: iso(10) },
      { customer: 'do_four_of_five', orders: 5, discounted_orders: 4, share: 0.8, last_order_at: iso(10) },
      { customer: 'do_split', orders: 3, discounted_orders: 3, share: 1, last_order_at: iso(10) },
    ]);
    // Without the order id every row is an order: do_split's discounted and plain lines count apart.
    const rows = await run('discount_only_buyers', 'orders', (s) => delete s.columns.order);
    expect(rows.map((r) => r.customer)).toEqual(['do_all', 'do_four_of_five']);
    const recent = await run('discount_only_buyers', 'orders', (s) => (s.params.windowDays = 30));
    expect(recent.map((r) => r.customer)).toEqual(['do_all', 'do_four_of_five', 'do_recent', 'do_split']);
    const amounts = await run('discount_only_buyers', 'orders', (s) => (s.columns.discount = 'discount_krw'));
    expect(amounts.map((r) => r.customer)).toEqual(['do_all', 'do_four_of_five', 'do_split']);
  });

  it('preferred channel: most frequent, ties by name, nulls ignored, with its share', async () => {
    expect(await run('preferred_channel', 'channel_events')).toEqual([
      { customer: 'pc_app', channel: 'app', channel_events: 3, events: 4, share: 0.75 },
      { customer: 'pc_nulls', channel: 'kakao', channel_events: 1, events: 1, share: 1 },
      { customer: 'pc_tie', channel: 'app', channel_events: 2, events: 4, share: 0.5 },
      { customer: 'pc_window', channel: 'web', channel_events: 3, events: 4, share: 0.75 },
    ]);
    const lastMonth = await run('preferred_channel', 'channel_events', (s) => (s.params = { windowDays: 30, minShare: 0.75 }));
    expect(lastMonth.map((r) => [r.customer, r.channel])).toEqual([['pc_app', 'app'], ['pc_nulls', 'kakao'], ['pc_window', 'app']]);
  });
});
