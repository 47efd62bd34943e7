// Quantile scores on both engines against the type-7 rule written out in TypeScript, on small
// random samples full of ties (fractional and negative values too), for every k. This is where
// DuckDB's own quantile_cont would fail (see src/core/segments/rfm/scoring-sql.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileRfm } from '../../../src/core/segments/rfm';
import { createNativeEngine } from '../../../src/engine/node';
import type { EngineApi } from '../../../src/engine/protocol';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { queryRecords, rfmCase } from './goldens';

/** Scores 1..k of `values` by the type-7 rule, computed in plain TypeScript. */
function referenceScores(values: number[], k: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const edges = Array.from({ length: k - 1 }, (_, i) => {
    const j = i + 1;
    const below = Math.floor(((n - 1) * j) / k);
    const above = Math.ceil(((n - 1) * j) / k);
    return sorted[below]! + (sorted[above]! - sorted[below]!) * ((((n - 1) * j) % k) / k);
  });
  return values.map((v) => 1 + edges.filter((e) => v > e).length);
}

describe.each([
  ['native', createNativeEngine],
  ['wasm', createWasmNodeEngine],
] as const)('quantile scores follow the type-7 rule on random samples with ties (%s)', (_, create) => {
  let engine: EngineApi & { close?(): Promise<void> };
  beforeAll(async () => {
    engine = await create();
    await engine.start();
  });
  afterAll(async () => engine.close?.());

  it.each([2, 3, 5, 7, 9])('k = %i, 1 to 40 customers', async (k) => {
    let seed = k;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const settings = { ...rfmCase('synthetic-quantile').settings, k, segments: { scale: k, rules: [] } };
    for (const n of [1, 2, 3, 4, 6, 11, 40]) {
      // few distinct values (ties at the edges), fractional and negative ones among them
      const amounts = Array.from({ length: n }, () => [0.23, 3.1, -5, 12.5, 0.1, 111.105][Math.floor(random() * 6)]!);
      const rows = amounts.map((a, i) => `('c${String(i).padStart(2, '0')}', 'o${i}', TIMESTAMP '2024-01-01' + INTERVAL (${i % 3}) DAY, ${a})`);
      await engine.exec(`CREATE OR REPLACE TABLE sample AS SELECT * FROM (VALUES ${rows.join(', ')}) t(customer, order_id, ordered_at, amount)`);
      const input = { table: 'sample', columns: (await engine.listTables()).find((t) => t.name === 'sample')!.columns };
      const compiled = compileRfm(settings, input);
      if (!('sql' in compiled)) throw new Error(JSON.stringify(compiled.problem));
      const result = await queryRecords(engine, compiled.sql);
      const recency = result.map((r) => r.recency as number);
      expect(result.map((r) => r.m), `n=${n} amounts=${amounts}`).toEqual(referenceScores(amounts, k));
      expect(result.map((r) => r.r)).toEqual(referenceScores(recency, k).map((bin) => k + 1 - bin));
    }
  });
});
