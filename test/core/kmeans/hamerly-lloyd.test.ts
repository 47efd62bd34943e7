// Lloyd and Hamerly must give identical fits (labels, centres, inertia, iterations), bit for
// bit, for every feature count the kernels specialise (1..8) and beyond (generic loop), and on
// data full of exact ties (integer grids, duplicated rows) where a differing tie rule would show.

import { describe, expect, it } from 'vitest';
import { fitKmeans, type FitOptions } from '../../../src/core/kmeans/fit';
import { kmeansPlusPlus } from '../../../src/core/kmeans/plusplus';
import { createRng } from '../../../src/core/kmeans/rng';
import type { Matrix } from '../../../src/core/kmeans/types';

function blobs(rows: number, d: number, k: number, seed: number, integer: boolean): Matrix {
  const rng = createRng(seed);
  const centres = Array.from({ length: k }, () => Array.from({ length: d }, () => rng.next() * 20));
  const data = new Float64Array(rows * d);
  for (let i = 0; i < rows; i++) {
    const c = centres[rng.int(k)]!;
    for (let t = 0; t < d; t++) {
      const value = c[t]! + (rng.next() - 0.5) * 8;
      data[i * d + t] = integer ? Math.round(value) : value;
    }
  }
  return { data, rows, cols: d };
}

function both(m: Matrix, options: Omit<FitOptions, 'algorithm'>) {
  return (['lloyd', 'hamerly'] as const).map((algorithm) => {
    const result = fitKmeans(m, { ...options, algorithm });
    if (!result.ok) throw new Error(result.problem.code);
    return result.value;
  });
}

describe('Hamerly == Lloyd', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 12])('d = %i, continuous and integer data, odd row count', (d) => {
    for (const integer of [false, true]) {
      const m = blobs(1_501, d, 5, 100 + d, integer);
      for (const k of [2, 5, 9]) {
        const [lloyd, hamerly] = both(m, { k, seed: d, nInit: 2, maxIter: 300, tol: 1e-4 });
        expect(hamerly!.labels).toEqual(lloyd!.labels);
        expect(hamerly!.centres).toEqual(lloyd!.centres);
        expect(hamerly!.inertia).toBe(lloyd!.inertia);
        expect(hamerly!.iterations).toBe(lloyd!.iterations);
        expect(hamerly!.restarts).toEqual(lloyd!.restarts);
      }
    }
  });

  it('with tol = 0 and a max_iter cut, and with duplicated rows', () => {
    const base = blobs(400, 3, 4, 7, true);
    const doubled: Matrix = { data: Float64Array.from([...base.data, ...base.data]), rows: 800, cols: 3 };
    for (const m of [base, doubled])
      for (const maxIter of [1, 2, 7, 300]) {
        const [lloyd, hamerly] = both(m, { k: 6, seed: 3, nInit: 1, maxIter, tol: 0 });
        expect(hamerly).toEqual(lloyd);
      }
  });

  it('from centres that leave clusters empty (relocation)', () => {
    const m = blobs(999, 4, 3, 11, false);
    const init = Float64Array.from([...m.data.subarray(0, 8), 500, 500, 500, 500, -500, 0, 0, 0]);
    const [lloyd, hamerly] = both(m, { k: 4, seed: 0, nInit: 1, maxIter: 300, tol: 1e-4, init });
    expect(hamerly).toEqual(lloyd);
    expect(Math.min(...lloyd!.sizes)).toBeGreaterThan(0);
  });
});

describe('greedy k-means++', () => {
  it('picks distinct rows, 2 + floor(ln k) candidates each, and beats a uniform pick on average', () => {
    const m = blobs(3_000, 2, 8, 5, false);
    const seeding = kmeansPlusPlus(m, 8, createRng(1));
    expect(new Set(seeding.rows).size).toBe(8);
    seeding.rows.forEach((row, c) => expect(Array.from(seeding.centres.subarray(c * 2, c * 2 + 2))).toEqual(Array.from(m.data.subarray(row * 2, row * 2 + 2))));
    const potential = (centres: Float64Array) => {
      let total = 0;
      for (let i = 0; i < m.rows; i++) {
        let best = Infinity;
        for (let c = 0; c < 8; c++) best = Math.min(best, (m.data[i * 2]! - centres[c * 2]!) ** 2 + (m.data[i * 2 + 1]! - centres[c * 2 + 1]!) ** 2);
        total += best;
      }
      return total;
    };
    let plusPlus = 0, uniform = 0;
    for (let s = 0; s < 10; s++) {
      plusPlus += potential(kmeansPlusPlus(m, 8, createRng(s)).centres);
      const rng = createRng(s, 99);
      uniform += potential(Float64Array.from(Array.from({ length: 8 }, () => rng.int(m.rows)).flatMap((r) => [m.data[r * 2]!, m.data[r * 2 + 1]!])));
    }
    expect(plusPlus).toBeLessThan(uniform);
  });
});
