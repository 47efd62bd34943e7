// The WebAssembly kernels (wasm/kmeans-kernels.ts) against plain TypeScript: the committed
// bytes are what the source compiles to, every kernel's distance is squaredDistance bit for bit
// for d = 1..12, the seeding and silhouette kernels equal direct loops, and a fit too large for
// WebAssembly memory says so instead of crashing.

import { describe, expect, it } from 'vitest';
import { compileKernels } from '../../../scripts/wasm-compile';
import { copyRows, kernelStride, squaredDistance } from '../../../src/core/kmeans/distance';
import { fitKmeans, meanVariance } from '../../../src/core/kmeans/fit';
import { createFitWorkspace } from '../../../src/core/kmeans/workspace';
import { createRng } from '../../../src/core/kmeans/rng';
import { pairDistanceSums } from '../../../src/core/kmeans/silhouette-pairs';
import { createWorkspace, WorkspaceTooLarge } from '../../../src/core/kmeans/wasm/kernels';
import { KERNELS_WASM_BASE64 } from '../../../src/core/kmeans/wasm/kernels-bytes';
import type { Matrix } from '../../../src/core/kmeans/types';

function randomMatrix(rows: number, d: number, seed: number): Matrix {
  const rng = createRng(seed);
  // Mixed magnitudes, so a different summation order would show in the last bits.
  return { data: Float64Array.from({ length: rows * d }, () => (rng.next() - 0.5) * 10 ** Math.floor(rng.next() * 6)), rows, cols: d };
}

describe('WebAssembly k-means kernels', () => {
  it('the committed module is what wasm/kmeans-kernels.ts compiles to (run `npm run build:wasm` after editing it)', async () => {
    const fresh = Buffer.from(await compileKernels()).toString('base64');
    expect(fresh === KERNELS_WASM_BASE64).toBe(true);
  }, 60_000);

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('d = %i: kernel distances equal squaredDistance bit for bit', (d) => {
    const n = 301, k = 7;
    const m = randomMatrix(n, d, 40 + d);
    const s = kernelStride(d);
    const ws = createWorkspace({ x: ['f64', n * s], centres: ['f64', k * s], labels: ['i32', n], dist2: ['f64', n] } as const);
    copyRows(m.data, n, d, s, ws.view.x);
    copyRows(m.data.subarray(0, k * d), k, d, s, ws.view.centres); // the first k rows as centres
    const rng = createRng(d);
    for (let i = 0; i < n; i++) ws.view.labels[i] = rng.int(k);
    const total = ws.kernels.assignedDistances(ws.at.x, s, ws.at.centres, ws.at.labels, ws.at.dist2, 0, n);
    let expectedTotal = 0;
    for (let i = 0; i < n; i++) {
      const expected = squaredDistance(m.data, i * d, m.data, ws.view.labels[i]! * d, d);
      expect(ws.view.dist2[i]).toBe(expected);
      expectedTotal += expected;
    }
    expect(total).toBe(expectedTotal);
  });

  it.each([1, 2, 5, 6, 9])('d = %i: the data box and mean variance from the kernels equal the TypeScript ones', (d) => {
    const m = randomMatrix(999, d, 70 + d);
    const { box } = createFitWorkspace(m, 3, { bounds: false, seedTrials: 0 });
    expect(box.meanVariance).toBe(meanVariance(m));
    for (let t = 0; t < d; t++) {
      const column = Array.from({ length: m.rows }, (_, i) => m.data[i * d + t]!);
      expect(box.low[t]).toBe(Math.min(...column));
      expect(box.high[t]).toBe(Math.max(...column));
    }
    expect(box.sumSquares).toBeCloseTo(m.data.reduce((a, v) => a + v * v, 0), -2);
  });

  it('k-means++ candidate distances: min against the closest centre, totals in row order', () => {
    const n = 1_000, d = 5, count = 3;
    const m = randomMatrix(n, d, 9);
    const s = kernelStride(d);
    const ws = createWorkspace({ x: ['f64', n * s], cand: ['f64', count * s], closest: ['f64', n], out: ['f64', count * n], totals: ['f64', count] } as const);
    copyRows(m.data, n, d, s, ws.view.x);
    const candidates = [17, 500, 999];
    candidates.forEach((row, t) => ws.view.cand.set(ws.view.x.subarray(row * s, row * s + s), t * s));
    for (let i = 0; i < n; i++) ws.view.closest[i] = squaredDistance(m.data, i * d, m.data, 0, d);
    // Two calls over halves: the totals accumulate across calls, as the chunked caller relies on.
    ws.kernels.seedDistances(ws.at.x, s, n, ws.at.cand, count, ws.at.closest, ws.at.out, ws.at.totals, 0, 400);
    ws.kernels.seedDistances(ws.at.x, s, n, ws.at.cand, count, ws.at.closest, ws.at.out, ws.at.totals, 400, n);
    candidates.forEach((row, t) => {
      let total = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.min(ws.view.closest[i]!, squaredDistance(m.data, i * d, m.data, row * d, d));
        expect(ws.view.out[t * n + i]).toBe(v);
        total += v;
      }
      expect(ws.view.totals[t]).toBe(total);
    });
  });

  it('silhouette pair sums equal a direct double loop', () => {
    const n = 257, d = 3, k = 4;
    const m = randomMatrix(n, d, 5);
    const labels = Int32Array.from({ length: n }, (_, i) => (i * 7) % k);
    const sums = pairDistanceSums(m, labels, k);
    const expected = new Float64Array(n * k);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dist = Math.sqrt(squaredDistance(m.data, i * d, m.data, j * d, d));
        expected[i * k + labels[j]!]! += dist;
        expected[j * k + labels[i]!]! += dist;
      }
    expect(sums).toEqual(expected);
  });

  it('working memory beyond what WebAssembly addresses is refused before any allocation', () => {
    expect(() => createWorkspace({ x: ['f64', 2 ** 30] } as const)).toThrow(WorkspaceTooLarge);
    // 300M rows x 6 features: the rows alone are 14 GB. (The data array is empty: the size check comes first.)
    const huge: Matrix = { data: new Float64Array(0), rows: 300_000_000, cols: 6 };
    const result = fitKmeans(huge, { k: 3, seed: 0, nInit: 1, maxIter: 10, tol: 1e-4, algorithm: 'hamerly' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('kmeans.tooLarge');
      expect(result.problem.params).toMatchObject({ rows: 300_000_000, features: 6 });
      expect(Number(result.problem.params.megabytes)).toBeGreaterThan(4096);
    }
  });
});
