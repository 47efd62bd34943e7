// Greedy k-means++ seeding, as sklearn's _kmeans_plusplus: the first centre is a uniform row;
// each next centre samples 2 + floor(ln k) candidate rows with probability proportional to the
// squared distance to the closest chosen centre (inverse CDF over the running sum, first index
// whose cumulative sum reaches the draw, as numpy.searchsorted 'left') and keeps the candidate
// that leaves the smallest total squared distance (first candidate on ties).

import { CANCEL_STRIDE, throwIfCancelled } from './cancel';
import type { Rng } from './rng';
import type { Matrix, RunControl } from './types';
import { createFitWorkspace, type FitWorkspace } from './workspace';

export interface Seeding {
  centres: Float64Array;
  rows: Int32Array;
  /** Centres chosen before every row coincided with one: fewer distinct rows than k when < k. */
  distinctFound: number;
}

/** Candidate rows drawn per centre (sklearn's n_local_trials). */
export function seedTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

/** `ws` (room for seedTrials(k) candidates) is reused across restarts; one is made when absent. */
export function kmeansPlusPlus(m: Matrix, k: number, rng: Rng, control?: RunControl, ws?: FitWorkspace): Seeding {
  const { data: x, rows: n, cols: d } = m;
  const trials = seedTrials(k);
  ws ??= createFitWorkspace(m, k, { bounds: false, seedTrials: trials });
  if (ws.seedTrials < trials) throw new Error(`workspace has room for ${ws.seedTrials} k-means++ candidates, not ${trials}`);
  const centres = new Float64Array(k * d);
  const rows = new Int32Array(k);
  const choose = (c: number, row: number) => {
    rows[c] = row;
    centres.set(x.subarray(row * d, row * d + d), c * d);
  };
  choose(0, rng.int(n));
  const closest = ws.view.closest;
  let potential = measureCandidates(ws, [rows[0]!], false, control)[0]!;
  closest.set(ws.view.trials.subarray(0, n));

  const cumulative = new Float64Array(n);
  let distinctFound = k;
  for (let c = 1; c < k; c++) {
    if (potential === 0 && distinctFound === k) distinctFound = c;
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += closest[i]!;
    // All candidates are drawn first, then measured in one pass over the rows (the draws do not
    // depend on the distances, so the random stream is the same as drawing one at a time).
    const candidates: number[] = [];
    for (let t = 0; t < trials; t++) candidates.push(Math.min(searchLeft(cumulative, rng.next() * potential), n - 1));
    const potentials = measureCandidates(ws, candidates, true, control);
    let best = 0;
    for (let t = 1; t < trials; t++) if (potentials[t]! < potentials[best]!) best = t;
    choose(c, candidates[best]!);
    closest.set(ws.view.trials.subarray(best * n, (best + 1) * n));
    potential = potentials[best]!;
  }
  return { centres, rows, distinctFound };
}

/**
 * For each candidate row t: every row's squared distance to it (the smaller of that and the
 * closest chosen centre's when `againstClosest`) into plane t of the workspace's trials buffer,
 * and their totals, summed in row order. One pass over the rows for all candidates: memory, not
 * arithmetic, is what costs here.
 */
function measureCandidates(ws: FitWorkspace, candidates: number[], againstClosest: boolean, control?: RunControl): Float64Array {
  const { kernels, at, view, n, s } = ws;
  candidates.forEach((row, t) => view.candidates.set(view.x.subarray(row * s, row * s + s), t * s));
  view.totals.fill(0);
  for (let start = 0; start < n; start += CANCEL_STRIDE) {
    throwIfCancelled(control);
    const end = Math.min(n, start + CANCEL_STRIDE);
    kernels.seedDistances(at.x, s, n, at.candidates, candidates.length, againstClosest ? at.closest : 0, at.trials, at.totals, start, end);
  }
  return view.totals.slice(0, candidates.length);
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
