// Lloyd's assignment step: one pass over the rows per iteration, keeping the per-cluster sums
// up to date on the way (sklearn's lloyd_iter_chunked_dense recomputes them in the same pass).

import { CANCEL_STRIDE, throwIfCancelled } from './cancel';
import { assignGeneric, type Partition } from './assign-generic';
import { assignW2, assignW4, assignW6, assignW8 } from './lloyd-unrolled';
import type { RunControl } from './types';

export function createPartition(n: number, d: number, k: number): Partition {
  const sums = () => new Float64Array(k * d);
  return { labels: new Int32Array(n).fill(-1), dist2: new Float64Array(n), sums: sums(), sumsOdd: sums(), counts: new Float64Array(k) };
}

/** Copy of k x d centres at the kernel's stride, extra lanes zero. */
export function padCentres(centres: Float64Array, k: number, d: number): Float64Array {
  const stride = paddedStride(d);
  if (stride === d) return centres;
  const out = new Float64Array(k * stride);
  for (let j = 0; j < k; j++) for (let t = 0; t < d; t++) out[j * stride + t] = centres[j * d + t]!;
  return out;
}

/** Assigns every row to its nearest centre, moving changed rows between the sums; returns labels changed. */
export function assignLloyd(x: Float64Array, d: number, centres: Float64Array, k: number, part: Partition, control?: RunControl): number {
  const n = part.labels.length;
  const padded = padCentres(centres, k, d);
  let changed = 0;
  // CANCEL_STRIDE is even, so every chunk starts the kernels' row pairs on an even row.
  for (let start = 0; start < n; start += CANCEL_STRIDE) {
    throwIfCancelled(control);
    changed += assignRows(x, d, padded, k, part, start, Math.min(n, start + CANCEL_STRIDE));
  }
  return changed;
}

/** Stride of the padded centre copy the kernel for d reads; d itself above 8 (generic loop). */
export function paddedStride(d: number): number {
  return d <= 8 ? d + (d % 2) : d;
}

/** Assigns rows [from, to); `c` holds the centres at stride paddedStride(d), padding zero. Returns labels changed. */
function assignRows(x: Float64Array, d: number, c: Float64Array, k: number, part: Partition, from: number, to: number): number {
  switch (paddedStride(d)) {
    case 2: return assignW2(x, d, c, k, part, from, to);
    case 4: return assignW4(x, d, c, k, part, from, to);
    case 6: return assignW6(x, d, c, k, part, from, to);
    case 8: return assignW8(x, d, c, k, part, from, to);
    default: return assignGeneric(x, d, c, d, k, part, from, to);
  }
}
