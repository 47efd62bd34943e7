// Every segment type of DESIGN section 4 must have members in a 1,000-customer shop, found the way
// an analyst would find them (from orders and events, not from the hidden archetypes), and the
// shop must show a heavy spend tail, seasonality and one real A/B difference.

import { describe, expect, it } from 'vitest';
import { AB_TEST_CAMPAIGN, AS_OF, generateShop } from '../../src/demo-data';
import { column, shop1k } from './shop-fixture';

const DAY = 86400;
const shop = shop1k();
const n = shop.customers.length;

interface History {
  times: number[];
  categories: string[];
  discounts: boolean[];
  revenue: number;
}

function histories(): Map<number, History> {
  const get = (name: string) => column<unknown>('orders', name);
  const byCustomer = new Map<number, History>();
  for (const o of shop.orders) {
    const id = get('customer_id')(o) as number;
    const h = byCustomer.get(id) ?? { times: [], categories: [], discounts: [], revenue: 0 };
    h.times.push(get('ordered_at')(o) as number);
    h.categories.push(get('category')(o) as string);
    h.discounts.push(get('discount_used')(o) as boolean);
    if (get('status')(o) === 'completed') h.revenue += get('amount_krw')(o) as number;
    byCustomer.set(id, h);
  }
  return byCustomer;
}

const buyers = [...histories().values()];
const last = (h: History) => Math.max(...h.times);
const daysAgo = (t: number) => (AS_OF - t) / DAY;
const count = (pred: (h: History) => boolean) => buyers.filter(pred).length;

describe('segments present in 1,000 customers', () => {
  it('has customers who never ordered, one-time buyers and repeat buyers', () => {
    expect(n - buyers.length).toBeGreaterThan(0.1 * n);
    expect(count((h) => h.times.length === 1)).toBeGreaterThan(0.05 * n);
    expect(count((h) => h.times.length >= 10)).toBeGreaterThan(0.05 * n);
  });

  it('has lifecycle states: new, active champions, at risk, churned and reactivated', () => {
    expect(count((h) => daysAgo(Math.min(...h.times)) <= 60), 'new').toBeGreaterThan(0.01 * n);
    expect(count((h) => h.times.length >= 15 && daysAgo(last(h)) <= 30), 'champions').toBeGreaterThan(0.01 * n);
    expect(count((h) => daysAgo(last(h)) > 90 && daysAgo(last(h)) <= 180), 'at risk').toBeGreaterThan(0.02 * n);
    expect(count((h) => daysAgo(last(h)) > 180), 'churned').toBeGreaterThan(0.1 * n);
    const reactivated = (h: History) => {
      const t = [...h.times].sort((a, b) => a - b);
      return daysAgo(t[t.length - 1]!) <= 90 && t.some((x, i) => i > 0 && (x - t[i - 1]!) / DAY >= 180);
    };
    expect(count(reactivated), 'reactivated').toBeGreaterThan(0.01 * n);
  });

  it('has discount-only buyers and category loyalists', () => {
    expect(count((h) => h.times.length >= 3 && h.discounts.every(Boolean)), 'discount-only').toBeGreaterThan(0.01 * n);
    const topShare = (h: History) => {
      const counts = new Map<string, number>();
      for (const c of h.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
      return Math.max(...counts.values()) / h.categories.length;
    };
    expect(count((h) => h.times.length >= 5 && topShare(h) >= 0.8), 'category loyalists').toBeGreaterThan(0.02 * n);
  });

  it('has cart abandoners and browsers who never buy', () => {
    const get = (name: string) => column<unknown>('events', name);
    const byCustomer = new Map<number, { carts: number[]; purchases: number[]; views: number }>();
    for (const e of shop.events) {
      const id = get('customer_id')(e) as number;
      const s = byCustomer.get(id) ?? { carts: [], purchases: [], views: 0 };
      const type = get('event_type')(e);
      if (type === 'cart_add') s.carts.push(get('occurred_at')(e) as number);
      if (type === 'purchase') s.purchases.push(get('occurred_at')(e) as number);
      if (type === 'view') s.views++;
      byCustomer.set(id, s);
    }
    const sessions = [...byCustomer.values()];
    const abandoned = (s: (typeof sessions)[number]) => s.carts.some((c) => !s.purchases.some((p) => p >= c && p <= c + DAY));
    expect(sessions.filter(abandoned).length, 'cart abandoners (H = 24 h)').toBeGreaterThan(0.1 * n);
    expect(sessions.filter((s) => s.views >= 5 && s.purchases.length === 0).length, 'browsers').toBeGreaterThan(0.03 * n);
  });
});

describe('shape of the shop', () => {
  it('has a heavy spend tail: the top 20% of buyers bring 60-80% of revenue', () => {
    const revenue = buyers.map((h) => h.revenue).sort((a, b) => b - a);
    const total = revenue.reduce((s, v) => s + v, 0);
    const top = revenue.slice(0, Math.ceil(revenue.length / 5)).reduce((s, v) => s + v, 0);
    expect(top / total).toBeGreaterThan(0.6);
    expect(top / total).toBeLessThan(0.8);
  });

  it('peaks in November-December and sells food before 설날 and 추석', () => {
    const times = shop.orders.map(column<number>('orders', 'ordered_at'));
    const perDay = (from: string, to: string) => {
      const [a, b] = [Date.parse(`${from}T00:00:00Z`) / 1000, Date.parse(`${to}T00:00:00Z`) / 1000];
      return times.filter((t) => t >= a && t < b).length / ((b - a) / DAY);
    };
    expect(perDay('2025-11-01', '2026-01-01')).toBeGreaterThan(1.2 * perDay('2025-09-01', '2025-11-01'));
    // Main days of the lunar holidays (facts, not taken from the generator).
    const holidays = ['2023-01-22', '2023-09-29', '2024-02-10', '2024-09-17', '2025-01-29', '2025-10-06'].map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const category = column<string>('orders', 'category');
    const before = shop.orders.filter((_, i) => holidays.some((h) => times[i]! >= h - 14 * DAY && times[i]! < h - 2 * DAY));
    const foodShare = (rows: typeof shop.orders) => rows.filter((o) => category(o) === '식품').length / rows.length;
    expect(foodShare(before)).toBeGreaterThan(1.4 * foodShare(shop.orders));
  });

  it(`finds a real A/B difference in ${AB_TEST_CAMPAIGN} and none elsewhere`, () => {
    const get = (name: string) => column<unknown>('campaign_messages', name);
    const tally = { test: { A: [0, 0], B: [0, 0] }, other: { A: [0, 0], B: [0, 0] } };
    for (const chunk of generateShop({ customers: 5000, seed: 7, tables: ['campaign_messages'] })) {
      for (const m of chunk.rows.campaign_messages) {
        const arm = tally[get('campaign_id')(m) === AB_TEST_CAMPAIGN ? 'test' : 'other'][get('variant')(m) as 'A' | 'B'];
        arm[0]!++;
        if (get('clicked_at')(m) !== null) arm[1]!++;
      }
    }
    const rate = ([sent, clicked]: number[]) => clicked! / sent!;
    const { A, B } = tally.test;
    const pooled = (A[1]! + B[1]!) / (A[0]! + B[0]!);
    const z = (rate(B) - rate(A)) / Math.sqrt(pooled * (1 - pooled) * (1 / A[0]! + 1 / B[0]!));
    expect(z).toBeGreaterThan(1.96);
    expect(Math.abs(rate(tally.other.B) / rate(tally.other.A) - 1)).toBeLessThan(0.15);
  });
});
