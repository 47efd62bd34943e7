// Bad input and corner cases: each is either a problem the user can fix (returned as data with
// a code) or a well-defined result. Small hand-made data, so every expectation can be checked
// by hand.

import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../../src/core/kmeans/analysis';
import { DEFAULT_FIT_OPTIONS, fitKmeans } from '../../../src/core/kmeans/fit';
import { prepareFeatures, type FeatureColumn } from '../../../src/core/kmeans/prepare';
import type { FeatureOptions } from '../../../src/core/kmeans/transforms';
import type { Matrix } from '../../../src/core/kmeans/types';

const plain: FeatureOptions = { log1p: false, scale: 'none', winsorise: null };
const column = (name: string, values: (number | null)[], options: Partial<FeatureOptions> = {}, type = 'DOUBLE'): FeatureColumn => ({
  column: name, type, values, options: { ...plain, ...options },
});
const matrix = (rows: number[][]): Matrix => ({ data: Float64Array.from(rows.flat()), rows: rows.length, cols: rows[0]!.length });
const fit = (m: Matrix, k: number, extra: Partial<typeof DEFAULT_FIT_OPTIONS> = {}) => fitKmeans(m, { ...DEFAULT_FIT_OPTIONS, k, ...extra });

describe('feature preparation problems', () => {
  it('no features', () => {
    expect(prepareFeatures([], 'drop')).toEqual({ ok: false, problem: { code: 'kmeans.noFeatures', params: {} } });
  });

  it('a text column chosen by mistake', () => {
    const result = prepareFeatures([column('a', [1, 2]), column('city', [0, 0], {}, 'VARCHAR')], 'drop');
    expect(result).toEqual({ ok: false, problem: { code: 'kmeans.notNumeric', params: { column: 'city', type: 'VARCHAR' } } });
  });

  it('accepts DuckDB numeric types and refuses dates', () => {
    for (const type of ['BIGINT', 'DECIMAL(18,3)', 'double', 'HUGEINT', 'UTINYINT', 'FLOAT', 'BOOLEAN'])
      expect(prepareFeatures([column('a', [1, 2], {}, type)], 'drop').ok).toBe(true);
    for (const type of ['DATE', 'TIMESTAMP', 'VARCHAR', 'INTERVAL', 'BLOB'])
      expect(prepareFeatures([column('a', [1, 2], {}, type)], 'drop')).toMatchObject({ ok: false, problem: { code: 'kmeans.notNumeric' } });
  });

  it('NULL and NaN rows are dropped and counted', () => {
    const result = prepareFeatures([column('a', [1, null, 3, NaN, 5, Infinity]), column('b', [1, 2, 3, 4, null, 6])], 'drop');
    if (!result.ok) throw new Error(result.problem.code);
    expect(Array.from(result.value.rowIndex)).toEqual([0, 2]);
    expect(result.value.droppedRows).toBe(4);
    expect(result.value.notes).toEqual([{ code: 'kmeans.rowsDropped', params: { count: 4, inputRows: 6 } }]);
    expect(Array.from(result.value.matrix.data)).toEqual([1, 1, 3, 3]);
  });

  it('imputes the median or mean of the present values and reports how many per column', () => {
    const values = [1, null, 3, NaN, 10];
    const median = prepareFeatures([column('a', values), column('b', [1, 2, 3, 4, 5])], 'impute-median');
    const mean = prepareFeatures([column('a', values), column('b', [1, 2, 3, 4, 5])], 'impute-mean');
    if (!median.ok || !mean.ok) throw new Error('prepare failed');
    expect(median.value.imputed).toEqual([2, 0]);
    expect(Array.from(median.value.original[0]!)).toEqual([1, 3, 3, 3, 10]);
    expect(Array.from(mean.value.original[0]!)).toEqual([1, 14 / 3, 3, 14 / 3, 10]);
    expect(median.value.notes).toEqual([{ code: 'kmeans.valuesImputed', params: { column: 'a', count: 2, method: 'median', value: 3 } }]);
  });

  it('a column with no values at all', () => {
    expect(prepareFeatures([column('a', [1, 2]), column('b', [null, NaN])], 'impute-mean')).toEqual({
      ok: false, problem: { code: 'kmeans.allMissing', params: { column: 'b' } },
    });
  });

  it('nothing left after dropping rows', () => {
    expect(prepareFeatures([column('a', [1, null]), column('b', [null, 2])], 'drop')).toEqual({
      ok: false, problem: { code: 'kmeans.noRows', params: { inputRows: 2, dropped: 2 } },
    });
  });

  it('a single row', () => {
    expect(prepareFeatures([column('a', [7])], 'drop')).toEqual({ ok: false, problem: { code: 'kmeans.singleRow', params: { rows: 1 } } });
    expect(fit(matrix([[7, 1]]), 1)).toEqual({ ok: false, problem: { code: 'kmeans.singleRow', params: { rows: 1 } } });
  });

  it('a constant column, also one made constant by winsorising', () => {
    expect(prepareFeatures([column('a', [1, 2, 3]), column('b', [4, 4, 4], { scale: 'standardise' })], 'drop')).toEqual({
      ok: false, problem: { code: 'kmeans.constantColumn', params: { column: 'b', value: 4 } },
    });
    const mostlyZero = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50];
    const clipped = prepareFeatures([column('a', mostlyZero, { winsorise: { lower: 5, upper: 90 } })], 'drop');
    expect(clipped).toEqual({ ok: false, problem: { code: 'kmeans.constantColumn', params: { column: 'a', value: 0 } } });
  });

  it('log1p of a value at or below -1', () => {
    expect(prepareFeatures([column('a', [3, -1, 2], { log1p: true })], 'drop')).toEqual({
      ok: false, problem: { code: 'kmeans.log1pNegative', params: { column: 'a', min: -1 } },
    });
  });

  it('columns of different lengths are a caller bug, reported', () => {
    expect(prepareFeatures([column('a', [1, 2]), column('b', [1])], 'drop')).toMatchObject({ ok: false, problem: { code: 'kmeans.lengthMismatch' } });
  });
});

describe('fit corner cases', () => {
  const six = matrix([[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]]);

  it('k larger than the rows', () => {
    expect(fit(six, 7)).toEqual({ ok: false, problem: { code: 'kmeans.kTooLarge', params: { k: 7, rows: 6 } } });
  });

  it('k that is not a whole number >= 1', () => {
    for (const k of [0, -2, 2.5, NaN]) expect(fit(six, k)).toMatchObject({ ok: false, problem: { code: 'kmeans.kInvalid' } });
  });

  it('k = 1: one cluster at the mean, inertia = total sum of squares', () => {
    const result = fit(six, 1);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.value.centres[0]).toBeCloseTo(32 / 6, 14);
    expect(result.value.centres[1]).toBeCloseTo(32 / 6, 14);
    const tss = [[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]].reduce((s, [a, b]) => s + (a! - 32 / 6) ** 2 + (b! - 32 / 6) ** 2, 0);
    expect(result.value.inertia).toBeCloseTo(tss, 10);
    expect(result.value.sizes).toEqual([6]);
  });

  it('finds two obvious groups whatever the seed', () => {
    for (const seed of [0, 1, 2, 3]) {
      const result = fit(six, 2, { seed });
      if (!result.ok) throw new Error(result.problem.code);
      const [a, b] = [result.value.labels[0], result.value.labels[3]];
      expect(Array.from(result.value.labels)).toEqual([a, a, a, b, b, b]);
      expect(result.value.inertia).toBeCloseTo(8 / 3, 12);
    }
  });

  it('duplicate points: fewer distinct rows than k is a problem, not duplicate centres', () => {
    const dupes = matrix([[1, 1], [1, 1], [1, 1], [5, 5], [5, 5]]);
    expect(fit(dupes, 3)).toEqual({ ok: false, problem: { code: 'kmeans.tooFewDistinct', params: { k: 3, distinct: 2 } } });
    const two = fit(dupes, 2);
    if (!two.ok) throw new Error(two.problem.code);
    expect(two.value.inertia).toBe(0);
    expect(two.value.sizes.slice().sort()).toEqual([2, 3]);
  });

  it('an empty cluster takes the row farthest from its centre (sklearn rule)', () => {
    const m = matrix([[0], [1], [2], [10]]);
    const result = fit(m, 2, { init: Float64Array.from([1, 100]), nInit: 1, algorithm: 'lloyd' });
    if (!result.ok) throw new Error(result.problem.code);
    // First pass: all rows nearer 1; the centre at 100 is empty and takes row 3 (10, farthest from 1).
    expect(Array.from(result.value.labels)).toEqual([0, 0, 0, 1]);
    expect(Array.from(result.value.centres)).toEqual([1, 10]);
    const hamerly = fit(m, 2, { init: Float64Array.from([1, 100]), nInit: 1, algorithm: 'hamerly' });
    expect(hamerly).toEqual(result);
  });

  it('the same seed gives the same clusters; restarts keep the lowest inertia', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [Math.sin(i * 12.9898) * 43758.5453 % 1, Math.cos(i * 78.233) * 12345.678 % 1]);
    const m = matrix(rows);
    const a = fit(m, 5, { seed: 42 });
    const b = fit(m, 5, { seed: 42 });
    expect(a).toEqual(b);
    if (!a.ok) throw new Error(a.problem.code);
    expect(a.value.inertia).toBe(Math.min(...a.value.restarts.map((r) => r.inertia)));
    expect(a.value.restarts[a.value.bestRestart]!.inertia).toBe(a.value.inertia);
  });

  it('cancel stops the fit with a problem, progress reports each iteration', () => {
    const m = matrix(Array.from({ length: 2000 }, (_, i) => [i % 37, (i * 7) % 101]));
    const seen: number[] = [];
    const cancelled = fitKmeans(m, { ...DEFAULT_FIT_OPTIONS, k: 4 }, {
      onProgress: (p) => seen.push(p.iteration),
      isCancelled: () => seen.length >= 3,
    });
    expect(cancelled).toEqual({ ok: false, problem: { code: 'kmeans.cancelled', params: {} } });
    expect(seen).toEqual([1, 2, 3]);
    expect(fitKmeans(m, { ...DEFAULT_FIT_OPTIONS, k: 4 }, { isCancelled: () => true })).toMatchObject({ ok: false, problem: { code: 'kmeans.cancelled' } });
  });
});

describe('clusterFeatures end to end', () => {
  it('NaN features are dropped, the rest clustered and mapped back to input rows', () => {
    const a = [1, 2, NaN, 1.5, 20, 21, null, 22];
    const b = [1, 1, 5, 2, 30, 31, 3, 29];
    const result = clusterFeatures([column('a', a), column('b', b)], { ...DEFAULT_FIT_OPTIONS, k: 2, missing: 'drop' });
    if (!result.ok) throw new Error(result.problem.code);
    expect(Array.from(result.value.rowIndex)).toEqual([0, 1, 3, 4, 5, 7]);
    const labels = Array.from(result.value.fit.labels);
    expect(labels.slice(0, 3).every((l) => l === labels[0])).toBe(true);
    expect(labels.slice(3).every((l) => l === labels[3] && l !== labels[0])).toBe(true);
    expect(result.value.notes[0]).toEqual({ code: 'kmeans.rowsDropped', params: { count: 2, inputRows: 8 } });
    expect(result.value.silhouette.score!).toBeGreaterThan(0.9);
  });
});
