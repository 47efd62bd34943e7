// Greedy k-means++ seeding, as sklearn's _kmeans_plusplus: the first centre is a uniform row;
// each next centre samples 2 + floor(ln k) candidate rows with probability proportional to the
// squared distance to the closest chosen centre (inverse CDF over the running sum, first index
// whose cumulative sum reaches the draw, as numpy.searchsorted 'left') and keeps the candidate
// that leaves the smallest total squared distance (first candidate on ties).

import { CANCEL_STRIDE, throwIfCancelled } from './cancel';
import { squaredDistance } from './assign-generic';
import type { Rng } from './rng';
import type { Matrix, RunControl } from './types';

export interface Seeding {
  centres: Float64Array;
  rows: Int32Array;
  /** Centres chosen before every row coincided with one: fewer distinct rows than k when < k. */
  distinctFound: number;
}

export function kmeansPlusPlus(m: Matrix, k: number, rng: Rng, control?: RunControl): Seeding {
  const { data: x, rows: n, cols: d } = m;
  const trials = 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * d);
  const rows = new Int32Array(k);
  const choose = (c: number, row: number) => {
    rows[c] = row;
    centres.set(x.subarray(row * d, row * d + d), c * d);
  };
  choose(0, rng.int(n));
  // Buffers reused across centres: the current closest distances and one per candidate.
  const buffers = Array.from({ length: trials + 1 }, () => new Float64Array(n));
  let closest = distancesTo(m, rows[0]!, null, buffers[trials]!, control);
  let potential = sum(closest);

  const cumulative = new Float64Array(n);
  let distinctFound = k;
  for (let c = 1; c < k; c++) {
    if (potential === 0 && distinctFound === k) distinctFound = c;
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += closest[i]!;
    let bestRow = -1, bestPotential = Infinity, bestDistances = closest;
    const free = buffers.filter((buffer) => buffer !== closest);
    for (let t = 0; t < trials; t++) {
      const candidate = Math.min(searchLeft(cumulative, rng.next() * potential), n - 1);
      const distances = distancesTo(m, candidate, closest, free[t]!, control);
      const candidatePotential = sum(distances);
      if (candidatePotential < bestPotential) {
        bestRow = candidate;
        bestPotential = candidatePotential;
        bestDistances = distances;
      }
    }
    choose(c, bestRow);
    closest = bestDistances;
    potential = bestPotential;
  }
  return { centres, rows, distinctFound };
}

/**
 * Squared distance of every row to row `row`, or the minimum of that and `closest`, into `out`.
 * Up to 8 features the sum is written out lane by lane (the same left-to-right sum as
 * squaredDistance): V8 runs short inner loops over features about 2x slower.
 * (Skipping rows by the triangle inequality, as accelerated seeding does, measured slower here.)
 */
function distancesTo(m: Matrix, row: number, closest: Float64Array | null, out: Float64Array, control?: RunControl): Float64Array {
  const { data: x, rows: n, cols: d } = m;
  const c = row * d;
  const c0 = x[c]!, c1 = d > 1 ? x[c + 1]! : 0, c2 = d > 2 ? x[c + 2]! : 0, c3 = d > 3 ? x[c + 3]! : 0;
  const c4 = d > 4 ? x[c + 4]! : 0, c5 = d > 5 ? x[c + 5]! : 0, c6 = d > 6 ? x[c + 6]! : 0, c7 = d > 7 ? x[c + 7]! : 0;
  for (let start = 0; start < n; start += CANCEL_STRIDE) {
    throwIfCancelled(control);
    const end = Math.min(n, start + CANCEL_STRIDE);
    for (let i = start, r = start * d; i < end; i++, r += d) {
      let s: number;
      if (d > 8) s = squaredDistance(x, r, x, c, d);
      else {
        let a = x[r]! - c0;
        s = a * a;
        if (d > 1) (a = x[r + 1]! - c1), (s += a * a);
        if (d > 2) (a = x[r + 2]! - c2), (s += a * a);
        if (d > 3) (a = x[r + 3]! - c3), (s += a * a);
        if (d > 4) (a = x[r + 4]! - c4), (s += a * a);
        if (d > 5) (a = x[r + 5]! - c5), (s += a * a);
        if (d > 6) (a = x[r + 6]! - c6), (s += a * a);
        if (d > 7) (a = x[r + 7]! - c7), (s += a * a);
      }
      out[i] = closest !== null && closest[i]! < s ? closest[i]! : s;
    }
  }
  return out;
}

/** First index i with sorted[i] >= value (numpy.searchsorted side='left'); length when none. */
function searchLeft(sorted: Float64Array, value: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}
