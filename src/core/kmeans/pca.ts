// 2-D PCA view of the clusters: principal axes of the model-space covariance (all rows), and
// the coordinates of a seeded sample of rows (a chart stays readable and fast under ~5k marks).
// Axis signs are fixed so the same data always draws the same way: each axis's largest
// loading (by absolute value; first on ties) is positive.

import { symmetricEigen } from './jacobi';
import { createRng } from './rng';
import { sampleRows } from './sample';
import type { Matrix } from './types';

export interface PcaOptions {
  /** Rows projected; default 5,000. */
  sampleSize?: number;
  seed?: number;
}

export interface PcaProjection {
  /** Two unit axes in model space (one per feature loading); the second is all zeros when d = 1. */
  components: [number[], number[]];
  /** Share of the total variance along each axis. */
  explained: [number, number];
  /** Matrix rows shown, ascending, with their coordinates and clusters. */
  rows: Int32Array;
  x: Float64Array;
  y: Float64Array;
  clusters: Int32Array;
  /** The k centres on the same axes. */
  centres: { x: number[]; y: number[] };
  sampled: boolean;
}

export function pcaProjection(m: Matrix, labels: Int32Array, centres: Float64Array, k: number, options: PcaOptions = {}): PcaProjection {
  const { data, rows: n, cols: d } = m;
  const mean = new Float64Array(d);
  for (let i = 0, r = 0; i < n; i++) for (let t = 0; t < d; t++, r++) mean[t]! += data[r]!;
  for (let t = 0; t < d; t++) mean[t]! /= n;
  const cov = new Float64Array(d * d);
  const dev = new Float64Array(d);
  for (let i = 0, r = 0; i < n; i++, r += d) {
    for (let t = 0; t < d; t++) dev[t] = data[r + t]! - mean[t]!;
    for (let a = 0; a < d; a++) {
      const da = dev[a]!;
      for (let b = a, at = a * d + a; b < d; b++, at++) cov[at]! += da * dev[b]!;
    }
  }
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[b * d + a] = cov[a * d + b]! /= n;
  const eigen = symmetricEigen(cov, d);
  const axes = [0, 1].map((i) => fixSign(eigen.vectors[i] ?? new Array<number>(d).fill(0)));
  const total = eigen.values.reduce((sum, value) => sum + Math.max(0, value), 0);
  const share = (i: number) => (total > 0 ? Math.max(0, eigen.values[i] ?? 0) / total : 0);
  const project = (source: Float64Array, offset: number, axis: number[]) => {
    let s = 0;
    for (let t = 0; t < d; t++) s += (source[offset + t]! - mean[t]!) * axis[t]!;
    return s;
  };
  const size = options.sampleSize ?? 5_000;
  const rows = sampleRows(n, size, createRng(options.seed ?? 0, 0x9ca));
  return {
    components: [axes[0]!, axes[1]!],
    explained: [share(0), share(1)],
    rows,
    x: Float64Array.from(rows, (row) => project(data, row * d, axes[0]!)),
    y: Float64Array.from(rows, (row) => project(data, row * d, axes[1]!)),
    clusters: rows.map((row) => labels[row]!),
    centres: {
      x: Array.from({ length: k }, (_, j) => project(centres, j * d, axes[0]!)),
      y: Array.from({ length: k }, (_, j) => project(centres, j * d, axes[1]!)),
    },
    sampled: size < n,
  };
}

function fixSign(vector: number[]): number[] {
  let largest = 0;
  for (let t = 1; t < vector.length; t++) if (Math.abs(vector[t]!) > Math.abs(vector[largest]!)) largest = t;
  return (vector[largest] ?? 0) < 0 ? vector.map((value) => -value) : vector;
}
