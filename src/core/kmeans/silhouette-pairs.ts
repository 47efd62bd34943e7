// The O(n^2) part of the silhouette: for every row, the total distance to the rows of each
// cluster, each pair computed once, in the pairDistanceSums kernel (wasm/kmeans-kernels.ts).

import { throwIfCancelled } from './cancel';
import { copyRows, kernelStride } from './distance';
import type { Matrix, RunControl } from './types';
import { createWorkspace } from './wasm/kernels';

/** sums[i * k + c] = sum of distances from row i to the rows of cluster c. */
export function pairDistanceSums(m: Matrix, labels: Int32Array, k: number, control?: RunControl): Float64Array {
  const { rows: n, cols: d } = m;
  const s = kernelStride(d);
  const { kernels, at, view, release } = createWorkspace({ x: ['f64', n * s], labels: ['i32', n], sums: ['f64', n * k] } as const);
  copyRows(m.data, n, d, s, view.x);
  view.labels.set(labels);
  // Rows per call: about 2^22 pairs between cancel polls.
  const step = Math.max(1, Math.floor(4_194_304 / Math.max(1, n)));
  try {
    for (let from = 0; from < n; from += step) {
      throwIfCancelled(control);
      kernels.pairDistanceSums(at.x, s, n, at.labels, k, at.sums, from, Math.min(n, from + step));
    }
    return view.sums.slice();
  } finally {
    release();
  }
}
