// The O(n^2) part of the silhouette: for every row, the total distance to the rows of each
// cluster, each pair computed once. Rows are copied at a padded stride of 4 or 8 (zeros in the
// extra lanes, which add nothing) so the distance is unrolled: V8's generic inner loop over
// features runs about 2x slower than these.

import { throwIfCancelled } from './cancel';
import type { Matrix, RunControl } from './types';

/** sums[i * k + c] = sum of distances from row i to the rows of cluster c. */
export function pairDistanceSums(m: Matrix, labels: Int32Array, k: number, control?: RunControl): Float64Array {
  const { rows: n, cols: d } = m;
  const stride = d <= 4 ? 4 : d <= 8 ? 8 : d;
  const x = stride === d ? m.data : padRows(m, stride);
  const sums = new Float64Array(n * k);
  // Poll about every 2^22 pairs.
  const pollEvery = Math.max(1, Math.floor(4_194_304 / Math.max(1, n)));
  for (let i = 0; i < n; i++) {
    if (i % pollEvery === 0) throwIfCancelled(control);
    if (stride === 4) row4(x, n, labels, k, sums, i);
    else if (stride === 8) row8(x, n, labels, k, sums, i);
    else rowGeneric(x, d, n, labels, k, sums, i);
  }
  return sums;
}

function padRows(m: Matrix, stride: number): Float64Array {
  const out = new Float64Array(m.rows * stride);
  for (let i = 0; i < m.rows; i++) out.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), i * stride);
  return out;
}

function row4(x: Float64Array, n: number, labels: Int32Array, k: number, sums: Float64Array, i: number): void {
  const r = i * 4, own = labels[i]!, at = i * k;
  const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = x[r + 3]!;
  for (let j = i + 1, q = r + 4; j < n; j++, q += 4) {
    const a0 = x0 - x[q]!, a1 = x1 - x[q + 1]!, a2 = x2 - x[q + 2]!, a3 = x3 - x[q + 3]!;
    const dist = Math.sqrt(a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3);
    sums[at + labels[j]!]! += dist;
    sums[j * k + own]! += dist;
  }
}

function row8(x: Float64Array, n: number, labels: Int32Array, k: number, sums: Float64Array, i: number): void {
  const r = i * 8, own = labels[i]!, at = i * k;
  const x0 = x[r]!, x1 = x[r + 1]!, x2 = x[r + 2]!, x3 = x[r + 3]!, x4 = x[r + 4]!, x5 = x[r + 5]!, x6 = x[r + 6]!, x7 = x[r + 7]!;
  for (let j = i + 1, q = r + 8; j < n; j++, q += 8) {
    const a0 = x0 - x[q]!, a1 = x1 - x[q + 1]!, a2 = x2 - x[q + 2]!, a3 = x3 - x[q + 3]!;
    const a4 = x4 - x[q + 4]!, a5 = x5 - x[q + 5]!, a6 = x6 - x[q + 6]!, a7 = x7 - x[q + 7]!;
    const dist = Math.sqrt(a0 * a0 + a1 * a1 + a2 * a2 + a3 * a3 + a4 * a4 + a5 * a5 + a6 * a6 + a7 * a7);
    sums[at + labels[j]!]! += dist;
    sums[j * k + own]! += dist;
  }
}

function rowGeneric(x: Float64Array, d: number, n: number, labels: Int32Array, k: number, sums: Float64Array, i: number): void {
  const r = i * d, own = labels[i]!, at = i * k;
  for (let j = i + 1, q = r + d; j < n; j++, q += d) {
    let s = 0;
    for (let t = 0; t < d; t++) {
      const diff = x[r + t]! - x[q + t]!;
      s += diff * diff;
    }
    const dist = Math.sqrt(s);
    sums[at + labels[j]!]! += dist;
    sums[j * k + own]! += dist;
  }
}
