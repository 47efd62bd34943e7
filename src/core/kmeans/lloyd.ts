// Lloyd's assignment step: one pass over the rows per iteration in the WebAssembly kernel,
// keeping the per-cluster sums up to date on the way (sklearn's lloyd_iter_chunked_dense
// recomputes them in the same pass). Chunks of rows between cancel polls.

import { CANCEL_STRIDE, throwIfCancelled } from './cancel';
import type { RunControl } from './types';
import { loadCentres, type FitWorkspace } from './workspace';

/** Assigns every row to its nearest centre (k x d, model space), moving changed rows between the sums; returns labels changed. */
export function assignLloyd(ws: FitWorkspace, centres: Float64Array, control?: RunControl): number {
  loadCentres(ws, centres);
  const { kernels, at, n, s, d, k } = ws;
  let changed = 0;
  for (let start = 0; start < n; start += CANCEL_STRIDE) {
    throwIfCancelled(control);
    const end = Math.min(n, start + CANCEL_STRIDE);
    changed += kernels.assignLloyd(at.x, s, d, at.centres, k, at.labels, at.dist2, at.sums, at.sumsOdd, at.counts, start, end);
  }
  return changed;
}
