// Saved settings (schema, defaults, checks against the input's columns) and the seeded PRNG and
// sampling the clusters' reproducibility rests on.

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/kmeans/rng';
import { sampleRows } from '../../../src/core/kmeans/sample';
import { defaultKmeansSettings, kmeansSettingsProblem, kmeansSettingsSchema } from '../../../src/core/kmeans/settings';

const columns = [
  { name: 'customer_id', type: 'BIGINT' },
  { name: 'recency', type: 'INTEGER' },
  { name: 'monetary', type: 'DECIMAL(18,2)' },
  { name: 'city', type: 'VARCHAR' },
  { name: '구매 횟수', type: 'BIGINT' },
];

describe('settings', () => {
  it('defaults: numeric, not id-like columns as features; id column guessed; valid against the schema', () => {
    const settings = defaultKmeansSettings(columns);
    expect(settings.features.map((f) => f.column)).toEqual(['recency', 'monetary', '구매 횟수']);
    expect(settings.idColumn).toBe('customer_id');
    expect(v.safeParse(kmeansSettingsSchema, settings).success).toBe(true);
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
    expect(kmeansSettingsProblem(settings, columns)).toBeNull();
  });

  it('the schema refuses unknown keys, out-of-range values and oversized arrays', () => {
    const settings = defaultKmeansSettings(columns);
    const bad = [
      { ...settings, extra: 1 },
      { ...settings, k: 0 },
      { ...settings, seed: -1 },
      { ...settings, seed: 2 ** 32 },
      { ...settings, algorithm: 'elkan' },
      { ...settings, features: [{ ...settings.features[0]!, winsorise: { lower: 60, upper: 95 } }] },
      { ...settings, features: Array.from({ length: 65 }, () => settings.features[0]!) },
      { ...settings, names: ['x'.repeat(201)] },
    ];
    for (const value of bad) expect(v.safeParse(kmeansSettingsSchema, value).success).toBe(false);
  });

  it('problems visible before reading data', () => {
    const settings = defaultKmeansSettings(columns);
    const withFeature = (column: string) => ({ ...settings, features: [...settings.features, { ...settings.features[0]!, column }] });
    expect(kmeansSettingsProblem({ ...settings, features: [] }, columns)).toEqual({ code: 'kmeans.noFeatures', params: {} });
    expect(kmeansSettingsProblem(withFeature('city'), columns)).toEqual({ code: 'kmeans.notNumeric', params: { column: 'city', type: 'VARCHAR' } });
    expect(kmeansSettingsProblem(withFeature('gone'), columns)).toEqual({ code: 'kmeans.unknownColumn', params: { column: 'gone' } });
    expect(kmeansSettingsProblem(withFeature('recency'), columns)).toEqual({ code: 'kmeans.duplicateFeature', params: { column: 'recency' } });
    expect(kmeansSettingsProblem({ ...settings, scan: { kMin: 5, kMax: 3 } }, columns)).toEqual({ code: 'kmeans.kInvalid', params: { k: '5..3' } });
  });
});

describe('rng and sampling', () => {
  it('same seed and stream, same sequence; streams and seeds differ', () => {
    const take = (seed: number, stream?: number) => {
      const rng = createRng(seed, stream);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
    expect(take(1, 0)).not.toEqual(take(1, 1));
  });

  it('doubles in [0, 1) with a flat distribution; int(n) in range', () => {
    const rng = createRng(123);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    const ints = new Set(Array.from({ length: 1_000 }, () => rng.int(7)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('sampleRows: distinct, sorted, in range, reproducible; everything when the sample is larger', () => {
    const sample = sampleRows(1_000_000, 5_000, createRng(5));
    expect(sample).toHaveLength(5_000);
    expect(new Set(sample).size).toBe(5_000);
    expect(Array.from(sample)).toEqual(Array.from(sample).sort((a, b) => a - b));
    expect(sample[0]! >= 0 && sample[4_999]! < 1_000_000).toBe(true);
    expect(sampleRows(1_000_000, 5_000, createRng(5))).toEqual(sample);
    expect(Array.from(sampleRows(4, 10, createRng(5)))).toEqual([0, 1, 2, 3]);
  });
});
