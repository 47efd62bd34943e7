// Same seed and size give byte-identical files, whichever way the rows are produced (chunk size,
// one table at a time); a bigger run extends a smaller one; sizes scale the row counts.

import { describe, expect, it } from 'vitest';
import { SHOP_TABLES, generateShop, generateShopTable, type Row } from '../../src/demo-data';
import { collectShop, column, csvFile, shop1k, type ShopRows } from './shop-fixture';

const files = (rows: ShopRows) => Object.fromEntries(SHOP_TABLES.map((t) => [t, csvFile(t, rows[t])]));

describe('demo data determinism', () => {
  it('writes the same bytes for the same seed and size', () => {
    const again = collectShop({ customers: 1000, seed: 7 });
    const [a, b] = [files(shop1k()), files(again)];
    for (const t of SHOP_TABLES) expect(a[t]!.equals(b[t]!), t).toBe(true);
  });

  it('writes different data for a different seed, table by table', () => {
    const [a, b] = [files(shop1k(7)), files(collectShop({ customers: 1000, seed: 8 }))];
    for (const t of SHOP_TABLES) expect(a[t]!.equals(b[t]!), t).toBe(false);
  });

  it('does not depend on the chunk size', () => {
    const small = collectShop({ customers: 300, seed: 7, chunkCustomers: 7 });
    const large = collectShop({ customers: 300, seed: 7, chunkCustomers: 5000 });
    expect(small).toEqual(large);
  });

  it('gives one table alone exactly as in a full run (ids included)', () => {
    const full = collectShop({ customers: 300, seed: 7 });
    for (const t of ['events', 'survey', 'campaign_messages'] as const) {
      const alone: Row[] = [...generateShopTable({ customers: 300, seed: 7 }, t)].flat();
      expect(alone, t).toEqual(full[t]);
    }
  });

  it('makes the first n customers of a larger run equal to a run of size n', () => {
    const big = shop1k();
    const small = collectShop({ customers: 400, seed: 7 });
    for (const t of SHOP_TABLES) {
      const customerId = column<number>(t, 'customer_id');
      expect(small[t], t).toEqual(big[t].filter((row) => customerId(row) <= 400));
    }
  });

  it('scales every table with the number of customers', () => {
    const counts = (n: number) => {
      const totals = Object.fromEntries(SHOP_TABLES.map((t) => [t, 0]));
      for (const chunk of generateShop({ customers: n, seed: 11 })) for (const t of SHOP_TABLES) totals[t]! += chunk.rows[t].length;
      return totals;
    };
    const [small, large] = [counts(500), counts(2000)];
    for (const t of SHOP_TABLES) {
      expect(small[t], t).toBeGreaterThan(0);
      expect(large[t]! / small[t]!, t).toBeGreaterThan(t === 'survey' ? 2.5 : 3.2);
      expect(large[t]! / small[t]!, t).toBeLessThan(t === 'survey' ? 5.5 : 4.8);
    }
  });

  it('yields chunks covering every customer id once, in order', () => {
    const chunks = [...generateShop({ customers: 1234, seed: 1, chunkCustomers: 500, tables: ['customers'] })];
    expect(chunks.map((c) => [c.firstCustomer, c.lastCustomer])).toEqual([
      [1, 500],
      [501, 1000],
      [1001, 1234],
    ]);
    expect(chunks.flatMap((c) => c.rows.customers.map((r) => r[0]))).toEqual(Array.from({ length: 1234 }, (_, i) => i + 1));
    expect(chunks.every((c) => c.rows.orders.length === 0)).toBe(true);
  });

  it('rejects sizes and seeds it cannot honour', () => {
    for (const customers of [0, -5, 1.5, 200_000_000]) expect(() => generateShop({ customers, seed: 1 }).next()).toThrow(RangeError);
    expect(() => generateShop({ customers: 10, seed: 0.5 }).next()).toThrow(RangeError);
  });
});
