// Per-feature mean and sum of squared deviations of a matrix: two row-major passes (the matrix
// is read twice, not twice per feature), each feature's sums taken in row order. Shared by the
// tolerance (fit.ts) and the z-scores (explain.ts).
import type { Matrix } from './types';

export function columnMoments(m: Matrix): { mean: Float64Array; sumSquares: Float64Array } {
  const { data, rows, cols: d } = m;
  const mean = new Float64Array(d);
  for (let i = 0, r = 0; i < rows; i++) for (let t = 0; t < d; t++, r++) mean[t]! += data[r]!;
  for (let t = 0; t < d; t++) mean[t]! /= rows;
  const sumSquares = new Float64Array(d);
  for (let i = 0, r = 0; i < rows; i++)
    for (let t = 0; t < d; t++, r++) {
      const dev = data[r]! - mean[t]!;
      sumSquares[t]! += dev * dev;
    }
  return { mean, sumSquares };
}
