// Hamerly's bounded assignment (Hamerly 2010, "Making k-means even faster"): per row an upper
// bound on the distance to its centre and a lower bound on the distance to any other centre;
// rows whose bounds prove the label cannot change are skipped. Gives the same labels, sums
// and counts as assignLloyd, so the two variants produce identical fits:
// - a rescan uses the kernels' distance and tie rule (current centre first, then lowest index);
// - a row is skipped only when its bounds clear by `margin`, an absolute slack far above the
//   rounding error the bounds accumulate, so skipping never disagrees with a rescan;
// - a row that changes cluster updates the sums as in Lloyd's pass (see Partition).

import { CANCEL_STRIDE, throwIfCancelled } from './cancel';
import { moveRow, squaredDistance, type Partition } from './assign-generic';
import { rescanW2, rescanW4, rescanW6, rescanW8 } from './hamerly-unrolled';
import { assignLloyd, padCentres, paddedStride } from './lloyd';
import type { RunControl } from './types';

export interface HamerlyBounds {
  upper: Float64Array;
  lower: Float64Array;
  /** Half the distance from each centre to its closest other centre. */
  halfGap: Float64Array;
  margin: number;
  /** Centre shifts since the last assignment, applied to the bounds in the next pass over the rows. */
  shifts: Float64Array | null;
  /** False until the first assignment has set every row's bounds. */
  primed: boolean;
}

export function createHamerlyBounds(n: number, k: number, margin: number): HamerlyBounds {
  return { upper: new Float64Array(n), lower: new Float64Array(n), halfGap: new Float64Array(k), margin, shifts: null, primed: false };
}

export function assignHamerly(x: Float64Array, d: number, centres: Float64Array, k: number, part: Partition, bounds: HamerlyBounds, control?: RunControl): number {
  const { labels } = part;
  const { upper, lower, halfGap, margin } = bounds;
  const n = labels.length;
  if (!bounds.primed) {
    // Every row needs a full scan the first time: Lloyd's kernel does it faster (same labels and
    // sums). A lower bound of 0 is always valid; the rows that need a tighter one get it when
    // they are next rescanned.
    const changed = assignLloyd(x, d, centres, k, part, control);
    for (let i = 0; i < n; i++) (upper[i] = Math.sqrt(part.dist2[i]!)), (lower[i] = 0);
    bounds.primed = true;
    return changed;
  }
  computeHalfGaps(centres, k, d, halfGap);
  const padded = padCentres(centres, k, d);
  const pending = new Int32Array(Math.min(n, CANCEL_STRIDE));
  const { shifts } = bounds;
  bounds.shifts = null;
  // A row's upper bound grows by its centre's shift; its lower bound shrinks by the largest
  // shift of any other centre (the second largest for the row of the centre that moved most).
  let first = 0, largest = 0, second = 0;
  if (shifts)
    for (let j = 0; j < k; j++) {
      if (shifts[j]! > largest) (second = largest), (largest = shifts[j]!), (first = j);
      else if (shifts[j]! > second) second = shifts[j]!;
    }
  let changed = 0;
  for (let start = 0; start < n; start += CANCEL_STRIDE) {
    throwIfCancelled(control);
    const end = Math.min(n, start + CANCEL_STRIDE);
    let count = 0;
    for (let i = start; i < end; i++) {
      const label = labels[i]!;
      if (label < 0) {
        pending[count++] = i;
        continue;
      }
      if (shifts) {
        upper[i]! += shifts[label]!;
        lower[i]! -= label === first ? second : largest;
      }
      if (upper[i]! + margin >= Math.max(halfGap[label]!, lower[i]!)) pending[count++] = i;
    }
    changed += rescan(x, d, padded, k, pending, count, part, bounds);
  }
  return changed;
}

function rescan(x: Float64Array, d: number, c: Float64Array, k: number, rows: Int32Array, count: number, part: Partition, bounds: HamerlyBounds): number {
  switch (paddedStride(d)) {
    case 2: return rescanW2(x, d, c, k, rows, count, part, bounds);
    case 4: return rescanW4(x, d, c, k, rows, count, part, bounds);
    case 6: return rescanW6(x, d, c, k, rows, count, part, bounds);
    case 8: return rescanW8(x, d, c, k, rows, count, part, bounds);
    default: return rescanGeneric(x, d, c, k, rows, count, part, bounds);
  }
}

function rescanGeneric(x: Float64Array, d: number, c: Float64Array, k: number, rows: Int32Array, count: number, part: Partition, bounds: HamerlyBounds): number {
  const { labels, dist2 } = part;
  const { upper, lower, halfGap, margin } = bounds;
  let changed = 0;
  for (let n = 0; n < count; n++) {
    const i = rows[n]!, r = i * d;
    const label = labels[i]!, p = label < 0 ? 0 : label;
    let best = squaredDistance(x, r, c, p * d, d);
    if (label >= 0) {
      upper[i] = Math.sqrt(best);
      if (upper[i]! + margin < Math.max(halfGap[p]!, lower[i]!)) continue;
    }
    let bestJ = p, second = Infinity;
    for (let j = 0; j < k; j++) {
      if (j === p) continue;
      const s = squaredDistance(x, r, c, j * d, d);
      if (s < best) (second = best), (best = s), (bestJ = j);
      else if (s < second) second = s;
    }
    labels[i] = bestJ;
    dist2[i] = best;
    upper[i] = Math.sqrt(best);
    lower[i] = Math.sqrt(second);
    if (bestJ !== label) {
      changed++;
      moveRow(x, r, d, part, i, label, bestJ);
    }
  }
  return changed;
}

/** Records how far each centre moved; the next assignment loosens the bounds as it reads them. */
export function moveBounds(bounds: HamerlyBounds, shifts: Float64Array): void {
  bounds.shifts = Float64Array.from(shifts);
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
