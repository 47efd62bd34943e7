// The M step shared by Lloyd and Hamerly: new centres from the per-cluster sums, empty clusters
// relocated, and how far the centres moved (the convergence test).

import { squaredDistance } from './distance';
import type { Partition } from './workspace';

/**
 * Writes the new centres into `out`. An empty cluster takes the row farthest from its current
 * centre, as sklearn's _relocate_empty_clusters_dense: the row's values move from its cluster's
 * sums to the empty one (its label stays until the next assignment). Several empty clusters take
 * the farthest rows in order (lowest cluster index first; equal distances: lowest row first).
 * A cluster left with no rows keeps its previous centre (sklearn would put it at the origin).
 * `rowDist2` gives each row's squared distance to its assigned centre; called only when needed.
 */
export function updateCentres(x: Float64Array, d: number, k: number, part: Partition, previous: Float64Array, rowDist2: () => Float64Array, out: Float64Array): number {
  const { labels } = part;
  // Copies: relocation adjusts this iteration's totals only; the partition's sums keep matching the labels.
  const counts = Float64Array.from(part.counts);
  const sums = new Float64Array(k * d);
  for (let i = 0; i < k * d; i++) sums[i] = part.sums[i]! + part.sumsOdd[i]!;
  const empty: number[] = [];
  for (let j = 0; j < k; j++) if (counts[j] === 0) empty.push(j);
  if (empty.length > 0) {
    const far = farthestRows(rowDist2(), empty.length);
    empty.forEach((j, e) => {
      const row = far[e]!;
      const from = labels[row]!;
      for (let t = 0; t < d; t++) {
        sums[from * d + t]! -= x[row * d + t]!;
        sums[j * d + t] = x[row * d + t]!;
      }
      counts[from]!--;
      counts[j] = 1;
    });
  }
  for (let j = 0; j < k; j++) {
    const count = counts[j]!;
    for (let t = 0; t < d; t++) out[j * d + t] = count > 0 ? sums[j * d + t]! / count : previous[j * d + t]!;
  }
  return empty.length;
}

/** Per-centre shift (distance) into `shifts`; returns the total squared shift, sklearn's center_shift_tot. */
export function centreShifts(previous: Float64Array, next: Float64Array, k: number, d: number, shifts: Float64Array): number {
  let total = 0;
  for (let j = 0; j < k; j++) {
    const s = squaredDistance(previous, j * d, next, j * d, d);
    shifts[j] = Math.sqrt(s);
    total += s;
  }
  return total;
}

function farthestRows(dist2: Float64Array, count: number): number[] {
  const chosen: number[] = [];
  for (let c = 0; c < count; c++) {
    let best = -1;
    for (let i = 0; i < dist2.length; i++)
      if (!chosen.includes(i) && (best < 0 || dist2[i]! > dist2[best]!)) best = i;
    chosen.push(best);
  }
  return chosen;
}
