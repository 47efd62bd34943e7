// Explaining clusters: centres back in original units, z-scores against the overall mean,
// distinctive features; the PCA view on data whose principal axes are known.

import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../../src/core/kmeans/analysis';
import { DEFAULT_FIT_OPTIONS } from '../../../src/core/kmeans/fit';
import { symmetricEigen } from '../../../src/core/kmeans/jacobi';
import { pcaProjection } from '../../../src/core/kmeans/pca';
import { createRng } from '../../../src/core/kmeans/rng';
import type { FeatureColumn } from '../../../src/core/kmeans/prepare';

/** Two customer groups: frequent big spenders and one-off small buyers; "tenure" does not differ. */
function customers(): FeatureColumn[] {
  const rng = createRng(9);
  const spend: number[] = [], orders: number[] = [], tenure: number[] = [];
  for (let i = 0; i < 600; i++) {
    const big = i % 3 === 0;
    spend.push(big ? 2_000 * Math.exp(rng.next() - 0.5) : 40 * Math.exp(rng.next() - 0.5));
    orders.push(big ? 15 + rng.int(10) : 1 + rng.int(2));
    tenure.push(100 + rng.int(300));
  }
  const options = { log1p: true, scale: 'standardise', winsorise: null } as const;
  return [
    { column: 'spend', type: 'DOUBLE', values: spend, options },
    { column: 'orders', type: 'BIGINT', values: orders, options },
    { column: 'tenure', type: 'INTEGER', values: tenure, options: { ...options, log1p: false } },
  ];
}

describe('explainClusters (through clusterFeatures)', () => {
  const result = clusterFeatures(customers(), { ...DEFAULT_FIT_OPTIONS, k: 2, missing: 'drop' });
  if (!result.ok) throw new Error(result.problem.code);
  const { profiles, fit, transforms } = result.value;
  const big = profiles.find((p) => p.size === 200)!;
  const small = profiles.find((p) => p.size === 400)!;

  it('finds the two groups and reports sizes and shares', () => {
    expect([big, small].map((p) => p.share)).toEqual([200 / 600, 400 / 600]);
  });

  it('centres in original units undo standardising and log1p', () => {
    const values = customers()[0]!.values as number[];
    const members = values.filter((_, i) => fit.labels[i] === big.cluster);
    const logMean = members.reduce((s, v) => s + Math.log1p(v), 0) / members.length;
    expect(big.centre[0]).toBeCloseTo(Math.expm1(logMean), 9); // geometric-style centre of log1p(spend)
    expect(big.mean[0]).toBeCloseTo(members.reduce((s, v) => s + v, 0) / members.length, 9);
    expect(transforms[0]!.options.log1p).toBe(true);
  });

  it('z-scores and distinctive features name what differs, high or low', () => {
    expect(big.z[0]).toBeGreaterThan(1);
    expect(small.z[0]).toBeLessThan(-0.5);
    expect(Math.abs(big.z[2]!)).toBeLessThan(0.3);
    expect(big.distinctive.map((f) => [f.feature, f.direction])).toEqual(expect.arrayContaining([['spend', 'high'], ['orders', 'high']]));
    expect(big.distinctive.some((f) => f.feature === 'tenure')).toBe(false);
    expect(small.distinctive[0]!.direction).toBe('low');
    // cluster-size weighted z-scores cancel: the overall mean is the weighted mean of cluster means
    expect(big.z[0]! * big.share + small.z[0]! * small.share).toBeCloseTo(0, 12);
  });
});

describe('PCA', () => {
  it('Jacobi recovers a known eigen-decomposition', () => {
    const eigen = symmetricEigen(Float64Array.from([4, 1, 0, 1, 3, 0, 0, 0, 1]), 3);
    const expected = [(7 + Math.sqrt(5)) / 2, (7 - Math.sqrt(5)) / 2, 1];
    eigen.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    for (const [i, vector] of eigen.vectors.entries()) {
      const m = [[4, 1, 0], [1, 3, 0], [0, 0, 1]];
      m.forEach((row, r) => expect(row.reduce((s, a, c) => s + a * vector[c]!, 0)).toBeCloseTo(eigen.values[i]! * vector[r]!, 12));
    }
  });

  it('projects rows along the long axis first, signs fixed, sample seeded and sorted', () => {
    const rng = createRng(4);
    const n = 8_000;
    const data = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const along = (rng.next() - 0.5) * 10, across = (rng.next() - 0.5) * 1;
      data[i * 2] = (along - across) / Math.SQRT2;
      data[i * 2 + 1] = (along + across) / Math.SQRT2;
    }
    const labels = new Int32Array(n).map((_, i) => (data[i * 2]! > 0 ? 1 : 0));
    const pca = pcaProjection({ data, rows: n, cols: 2 }, labels, Float64Array.from([-2, -2, 2, 2]), 2, { sampleSize: 1_000, seed: 1 });
    expect(pca.components[0]![0]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(pca.components[0]![1]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(pca.explained[0]).toBeCloseTo(100 / 101, 2);
    expect(pca.rows).toHaveLength(1_000);
    expect(Array.from(pca.rows)).toEqual(Array.from(pca.rows).sort((a, b) => a - b));
    expect(pca.sampled).toBe(true);
    expect(Array.from(pca.clusters)).toEqual(Array.from(pca.rows, (r) => labels[r]!));
    expect(pca.centres.x[1]).toBeGreaterThan(pca.centres.x[0]!);
    const again = pcaProjection({ data, rows: n, cols: 2 }, labels, Float64Array.from([-2, -2, 2, 2]), 2, { sampleSize: 1_000, seed: 1 });
    expect(again).toEqual(pca);
  });
});
