// Referential integrity and value domains of the generated shop (1,000 customers, seed 7).

import { describe, expect, it } from 'vitest';
import { AS_OF, CAMPAIGNS, CATEGORIES, RANGE_START, REGION_NAMES, type Row } from '../../src/demo-data';
import { column, shop1k } from './shop-fixture';

const shop = shop1k();
const id = column<number>('customers', 'customer_id');
const signupAt = new Map(shop.customers.map((c) => [id(c), column<number>('customers', 'signup_date')(c)]));
const consent = new Map(shop.customers.map((c) => [id(c), column<boolean>('customers', 'marketing_consent')(c)]));
const inRange = (t: number) => t >= RANGE_START && t < AS_OF && Number.isInteger(t);
const oneOf = (values: readonly unknown[]) => (v: unknown) => values.includes(v);

function expectAll(rows: Row[], what: string, ok: (row: Row) => boolean): void {
  const bad = rows.filter((r) => !ok(r));
  expect(bad.slice(0, 3), `${what}: ${bad.length} bad rows`).toEqual([]);
}

describe('customers', () => {
  it('have ids 1..n and values from their domains', () => {
    expect(shop.customers.map(id)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    const get = (name: string) => column<unknown>('customers', name);
    expectAll(shop.customers, 'region', (r) => REGION_NAMES.includes(get('region')(r) as string));
    expectAll(shop.customers, 'gender', (r) => oneOf(['F', 'M', null])(get('gender')(r)));
    expectAll(shop.customers, 'age', (r) => get('age')(r) === null || ((get('age')(r) as number) >= 18 && (get('age')(r) as number) <= 75));
    expectAll(shop.customers, 'signup_channel', (r) => oneOf(['organic', 'search_ad', 'social', 'referral', 'kakao'])(get('signup_channel')(r)));
    expectAll(shop.customers, 'device', (r) => oneOf(['mobile', 'desktop', 'app'])(get('device')(r)));
    expectAll(shop.customers, 'signup_date', (r) => (get('signup_date')(r) as number) < AS_OF);
    expect(shop.customers.some((r) => get('age')(r) === null) && shop.customers.some((r) => get('gender')(r) === null)).toBe(true);
  });

  it('live mostly in 경기도 and 서울, as the population does', () => {
    const region = column<string>('customers', 'region');
    const counts = new Map<string, number>();
    for (const c of shop.customers) counts.set(region(c), (counts.get(region(c)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([region]) => region);
    expect(ranked.slice(0, 2)).toEqual(['경기도', '서울특별시']);
    expect(counts.size).toBeGreaterThanOrEqual(15);
  });
});

describe('orders', () => {
  const get = (name: string) => column<unknown>('orders', name);
  it('belong to existing customers, after sign-up, inside the range, numbered 1..n', () => {
    expect(shop.orders.map((o) => get('order_id')(o))).toEqual(shop.orders.map((_, i) => i + 1));
    expectAll(shop.orders, 'customer', (o) => signupAt.has(get('customer_id')(o) as number));
    expectAll(shop.orders, 'time', (o) => inRange(get('ordered_at')(o) as number));
    expectAll(shop.orders, 'after sign-up', (o) => (get('ordered_at')(o) as number) >= signupAt.get(get('customer_id')(o) as number)!);
  });

  it('have positive whole-won amounts and known categories, channels and statuses', () => {
    expectAll(shop.orders, 'amount', (o) => Number.isInteger(get('amount_krw')(o)) && (get('amount_krw')(o) as number) >= 1000);
    expectAll(shop.orders, 'category', (o) => CATEGORIES.includes(get('category')(o) as never));
    expectAll(shop.orders, 'channel', (o) => oneOf(['web', 'app', 'mobile_web'])(get('channel')(o)));
    expectAll(shop.orders, 'discount', (o) => typeof get('discount_used')(o) === 'boolean');
    const share = (s: string) => shop.orders.filter((o) => get('status')(o) === s).length / shop.orders.length;
    expect(share('cancelled')).toBeGreaterThan(0.035);
    expect(share('cancelled')).toBeLessThan(0.065);
    expect(share('returned')).toBeGreaterThan(0.015);
    expect(share('returned')).toBeLessThan(0.045);
    expect(share('completed') + share('cancelled') + share('returned')).toBeCloseTo(1, 10);
  });
});

describe('events', () => {
  const get = (name: string) => column<unknown>('events', name);
  it('are numbered 1..n, inside the range and after the customer signed up', () => {
    expect(shop.events.map((e) => get('event_id')(e))).toEqual(shop.events.map((_, i) => i + 1));
    expectAll(shop.events, 'time', (e) => inRange(get('occurred_at')(e) as number));
    expectAll(shop.events, 'after sign-up', (e) => (get('occurred_at')(e) as number) >= signupAt.get(get('customer_id')(e) as number)!);
    expectAll(shop.events, 'type', (e) => oneOf(['session_start', 'view', 'cart_add', 'purchase'])(get('event_type')(e)));
    expectAll(shop.events, 'category', (e) => (get('event_type')(e) === 'session_start' ? get('category')(e) === null : CATEGORIES.includes(get('category')(e) as never)));
    expectAll(shop.events, 'order link', (e) => (get('event_type')(e) === 'purchase') === (get('order_id')(e) !== null));
  });

  it('hold exactly one purchase per order, with its customer, time, category and channel', () => {
    const purchases = shop.events.filter((e) => get('event_type')(e) === 'purchase');
    expect(purchases.length).toBe(shop.orders.length);
    const orders = new Map(shop.orders.map((o) => [column<number>('orders', 'order_id')(o), o]));
    const o = (name: string) => column<unknown>('orders', name);
    expectAll(purchases, 'matches its order', (e) => {
      const order = orders.get(get('order_id')(e) as number);
      return (
        order !== undefined &&
        o('customer_id')(order) === get('customer_id')(e) &&
        o('ordered_at')(order) === get('occurred_at')(e) &&
        o('category')(order) === get('category')(e) &&
        o('channel')(order) === get('channel')(e)
      );
    });
    expect(new Set(purchases.map((e) => get('order_id')(e))).size).toBe(purchases.length);
  });
});

describe('campaign messages', () => {
  const get = (name: string) => column<unknown>('campaign_messages', name);
  const campaigns = new Map(CAMPAIGNS.map((c) => [c.id, c]));
  const time = (row: Row, name: string) => get(name)(row) as number | null;
  it('go only to consenting customers, after sign-up, once per campaign, on the campaign channel', () => {
    expectAll(shop.campaign_messages, 'consent', (m) => consent.get(get('customer_id')(m) as number) === true);
    expectAll(shop.campaign_messages, 'sent', (m) => inRange(time(m, 'sent_at')!) && time(m, 'sent_at')! >= signupAt.get(get('customer_id')(m) as number)!);
    expectAll(shop.campaign_messages, 'campaign', (m) => campaigns.get(get('campaign_id')(m) as string)?.channel === get('channel')(m));
    expectAll(shop.campaign_messages, 'variant', (m) => oneOf(['A', 'B'])(get('variant')(m)));
    const pairs = shop.campaign_messages.map((m) => `${get('customer_id')(m)}/${get('campaign_id')(m)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('open after sending and click after opening; SMS opens are not tracked', () => {
    expectAll(shop.campaign_messages, 'opened', (m) => time(m, 'opened_at') === null || (time(m, 'opened_at')! >= time(m, 'sent_at')! && time(m, 'opened_at')! < AS_OF));
    expectAll(shop.campaign_messages, 'clicked', (m) => time(m, 'clicked_at') === null || time(m, 'clicked_at')! >= (time(m, 'opened_at') ?? time(m, 'sent_at'))!);
    expectAll(shop.campaign_messages, 'click needs open', (m) => get('channel')(m) === 'sms' || time(m, 'clicked_at') === null || time(m, 'opened_at') !== null);
    expectAll(shop.campaign_messages, 'sms', (m) => get('channel')(m) !== 'sms' || time(m, 'opened_at') === null);
    expect(shop.campaign_messages.some((m) => time(m, 'clicked_at') !== null)).toBe(true);
  });

  it('stop after a customer unsubscribes', () => {
    const unsubscribedAt = new Map<number, number>();
    for (const m of shop.campaign_messages) if (get('unsubscribed')(m) === true) unsubscribedAt.set(get('customer_id')(m) as number, time(m, 'sent_at')!);
    expect(unsubscribedAt.size).toBeGreaterThan(0);
    expectAll(shop.campaign_messages, 'after unsubscribe', (m) => time(m, 'sent_at')! <= (unsubscribedAt.get(get('customer_id')(m) as number) ?? Infinity));
  });
});

describe('survey', () => {
  const get = (name: string) => column<unknown>('survey', name);
  it('has one answer per responding customer with answers in range', () => {
    const ids = shop.survey.map((s) => get('customer_id')(s) as number);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(50);
    expectAll(shop.survey, 'customer and time', (s) => inRange(get('responded_at')(s) as number) && (get('responded_at')(s) as number) >= signupAt.get(get('customer_id')(s) as number)!);
    expectAll(shop.survey, 'nps', (s) => Number.isInteger(get('nps')(s)) && (get('nps')(s) as number) >= 0 && (get('nps')(s) as number) <= 10);
    expectAll(shop.survey, 'price_sensitivity', (s) => [1, 2, 3, 4, 5].includes(get('price_sensitivity')(s) as number));
    expectAll(shop.survey, 'preferred_time', (s) => oneOf(['아침', '점심', '저녁', '심야'])(get('preferred_time')(s)));
    expect(new Set(shop.survey.map((s) => get('nps')(s))).size).toBeGreaterThanOrEqual(6);
  });
});
