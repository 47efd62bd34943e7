// The behaviour cell's chart query (compileBehaviourSummary) on native DuckDB, against the same
// counts taken in TypeScript from the rows put in: customers per value (largest first, ties by
// value, top 20) and customers per count (1..9, then 10+).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileBehaviourSummary, defaultBehaviourSettings, SUMMARY_COUNT_CAP, SUMMARY_TOP_VALUES, type BehaviourRule } from '../../../src/core/segments/behaviour';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';
import { queryRecords } from '../lifecycle/records';

const settingsFor = (rule: BehaviourRule) => defaultBehaviourSettings(rule, []);

describe('behaviour summary query', () => {
  let engine: EngineApi & { close(): Promise<void> };
  beforeAll(async () => {
    engine = await createNativeEngine();
    await engine.start();
  });
  afterAll(async () => engine.close());

  it('counts customers per count, 1 to 9 and then 10+', async () => {
    // abandoned carts per customer: 1 x 5, 2 x 3, 9 x 1, 10 x 2, 37 x 1
    const carts = [1, 1, 1, 1, 1, 2, 2, 2, 9, 10, 10, 37];
    await engine.exec(`CREATE OR REPLACE TABLE "cart abandoners" AS SELECT 'c' || i AS customer, n AS abandoned_carts FROM (SELECT unnest(range(${carts.length})) AS i, unnest([${carts.join(', ')}]) AS n)`);
    const rows = await queryRecords(engine, compileBehaviourSummary(settingsFor('cart_abandoners'), 'cart abandoners'));
    const expected = new Map<number, number>();
    for (const n of carts) expected.set(Math.min(n, SUMMARY_COUNT_CAP), (expected.get(Math.min(n, SUMMARY_COUNT_CAP)) ?? 0) + 1);
    expect(rows).toEqual([...expected].sort((a, b) => a[0] - b[0]).map(([position, customers]) => ({ position, bucket: position === SUMMARY_COUNT_CAP ? '10+' : String(position), customers })));
  });

  it('counts customers per value, largest first, ties by value, the top 20 only', async () => {
    // 25 categories: category k has (k % 7) + 1 customers, so there are ties to order
    const values: string[] = [];
    for (let k = 0; k < 25; k++) for (let c = 0; c <= k % 7; c++) values.push(`cat_${String(k).padStart(2, '0')}`);
    await engine.exec(`CREATE OR REPLACE TABLE loyal AS SELECT 'c' || i AS customer, v AS category FROM (SELECT unnest(range(${values.length})) AS i, unnest([${values.map((v) => `'${v}'`).join(', ')}]) AS v)`);
    const rows = await queryRecords(engine, compileBehaviourSummary(settingsFor('category_loyalists'), 'loyal'));
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SUMMARY_TOP_VALUES);
    expect(rows).toEqual(ranked.map(([bucket, customers], i) => ({ position: i + 1, bucket, customers })));
  });

  it('reads the column each rule is about', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE channels AS SELECT * FROM (VALUES ('a', 'app'), ('b', 'web'), ('c', 'app')) AS t(customer, channel)`);
    expect(await queryRecords(engine, compileBehaviourSummary(settingsFor('preferred_channel'), 'channels'))).toEqual([
      { position: 1, bucket: 'app', customers: 2 },
      { position: 2, bucket: 'web', customers: 1 },
    ]);
    for (const [rule, column] of [['browsers_without_purchase', 'views'], ['discount_only_buyers', 'orders']] as const) {
      await engine.exec(`CREATE OR REPLACE TABLE counted AS SELECT * FROM (VALUES ('a', 3), ('b', 3), ('c', 12)) AS t(customer, ${column})`);
      expect(await queryRecords(engine, compileBehaviourSummary(settingsFor(rule), 'counted'))).toEqual([
        { position: 3, bucket: '3', customers: 2 },
        { position: 10, bucket: '10+', customers: 1 },
      ]);
    }
  });
});
