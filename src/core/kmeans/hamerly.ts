// Hamerly's bounded assignment (Hamerly 2010, "Making k-means even faster"): per row an upper
// bound on the distance to its centre and a lower bound on the distance to any other centre;
// rows whose bounds prove the label cannot change are skipped. Gives the same labels, sums
// and counts as assignLloyd, so the two variants produce identical fits:
// - a rescan uses the same distance and tie rule (current centre first, then lowest index);
// - a row is skipped only when its bounds clear by `margin`, an absolute slack far above the
//   rounding error the bounds accumulate, so skipping never disagrees with a rescan;
// - a row that changes cluster updates the sums as in Lloyd's pass (see Partition).
// The per-row work is the assignHamerly kernel in wasm/kmeans-kernels.ts.

import { CANCEL_STRIDE, throwIfCancelled } from './cancel';
import { squaredDistance } from './distance';
import { assignLloyd } from './lloyd';
import type { RunControl } from './types';
import { loadCentres, type FitWorkspace } from './workspace';

/**
 * Bounds are stored net of how far the centres have moved since the run began, so moving the
 * centres costs no pass over the rows:
 * - the upper bound of row i is upper[i] + drift[label], where drift[j] is the total distance
 *   centre j has moved;
 * - its lower bound is lower[i] - lowerDrift, where lowerDrift totals the largest shift of any
 *   centre per iteration (Hamerly subtracts the largest shift of the other centres: this is the
 *   same bound, or slightly looser for rows of the centre that moved most).
 * Adding and subtracting the running totals rounds by far less than `margin`.
 * upper, lower, drift and halfGap (half the distance from each centre to its closest other
 * centre) live in the workspace.
 */
export interface HamerlyBounds {
  lowerDrift: number;
  margin: number;
  /** False until the first assignment has set every row's bounds. */
  primed: boolean;
}

export function createHamerlyBounds(ws: FitWorkspace, margin: number): HamerlyBounds {
  ws.view.drift.fill(0);
  return { lowerDrift: 0, margin, primed: false };
}

export function assignHamerly(ws: FitWorkspace, centres: Float64Array, bounds: HamerlyBounds, control?: RunControl): number {
  const { kernels, at, n, s, d, k } = ws;
  if (!bounds.primed) {
    // Every row needs a full scan the first time: Lloyd's pass does it faster (same labels and
    // sums). A lower bound of 0 is always valid; the rows that need a tighter one get it when
    // they are next rescanned.
    const changed = assignLloyd(ws, centres, control);
    kernels.primeBounds(at.labels, at.dist2, at.upper, at.lower, at.drift, bounds.lowerDrift, n);
    bounds.primed = true;
    return changed;
  }
  loadCentres(ws, centres);
  computeHalfGaps(centres, k, d, ws.view.halfGap);
  let changed = 0;
  for (let start = 0; start < n; start += CANCEL_STRIDE) {
    throwIfCancelled(control);
    const end = Math.min(n, start + CANCEL_STRIDE);
    // prettier-ignore
    changed += kernels.assignHamerly(at.x, s, d, at.centres, k, at.labels, at.dist2, at.sums, at.sumsOdd, at.counts,
      at.upper, at.lower, at.drift, bounds.lowerDrift, at.halfGap, bounds.margin, start, end);
  }
  return changed;
}

/** Records how far each centre moved: the bounds loosen by it as the next assignment reads them. */
export function moveBounds(ws: FitWorkspace, bounds: HamerlyBounds, shifts: Float64Array): void {
  const { drift } = ws.view;
  let largest = 0;
  for (let j = 0; j < shifts.length; j++) {
    drift[j]! += shifts[j]!;
    if (shifts[j]! > largest) largest = shifts[j]!;
  }
  bounds.lowerDrift += largest;
}

function computeHalfGaps(c: Float64Array, k: number, d: number, out: Float64Array): void {
  out.fill(Infinity);
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const half = Math.sqrt(squaredDistance(c, a * d, c, b * d, d)) / 2;
      if (half < out[a]!) out[a] = half;
      if (half < out[b]!) out[b] = half;
    }
}
