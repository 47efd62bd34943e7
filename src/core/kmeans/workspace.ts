// Everything a fit keeps per row, laid out once in WebAssembly memory and reused by every
// restart: the rows at kernel stride, the partition, Hamerly's bounds and k-means++ buffers.

import { copyRows, kernelStride } from './distance';
import type { Matrix } from './types';
import { createWorkspace, type Kernels, type Workspace } from './wasm/kernels';

/**
 * Labels, distances and per-cluster sums of one run. The sums are kept up to date incrementally:
 * a row that changes cluster is added to the new one and subtracted from the old, in row order,
 * by Lloyd and Hamerly alike, so both hold the same sums bit for bit and Hamerly needs no pass
 * over the rows it skips. Even rows go to `sums`, odd rows to `sumsOdd` (a centre is their sum
 * over its count): two sums halve the chains of dependent additions.
 */
export interface Partition {
  labels: Int32Array;
  /** Squared distance of each row to the centre it was last assigned to (stale for rows Hamerly skipped). */
  dist2: Float64Array;
  sums: Float64Array;
  sumsOdd: Float64Array;
  counts: Float64Array;
}

const buffers = (n: number, d: number, k: number, bounds: boolean, seedTrials: number) => {
  const s = kernelStride(d);
  return {
    x: ['f64', n * s],
    centres: ['f64', k * s],
    labels: ['i32', n],
    dist2: ['f64', n],
    sums: ['f64', k * d],
    sumsOdd: ['f64', k * d],
    counts: ['f64', k],
    upper: ['f64', bounds ? n : 0],
    lower: ['f64', bounds ? n : 0],
    drift: ['f64', k],
    halfGap: ['f64', k],
    closest: ['f64', seedTrials > 0 ? n : 0],
    trials: ['f64', seedTrials * n],
    candidates: ['f64', seedTrials * s],
    totals: ['f64', seedTrials],
    stats: ['f64', 3 * s],
    means: ['f64', s],
    deviations: ['f64', s],
  } as const;
};

export interface FitWorkspace extends Workspace<ReturnType<typeof buffers>> {
  n: number;
  d: number;
  /** Kernel row stride. */
  s: number;
  k: number;
  /** Candidate rows per k-means++ step this workspace has room for (0: no seeding). */
  seedTrials: number;
  part: Partition;
  kernels: Kernels;
  /** Per feature the smallest and largest value; the sum of all squared values; the mean over features of the population variance (all restart-invariant). */
  box: { low: Float64Array; high: Float64Array; sumSquares: number; meanVariance: number };
}

export function createFitWorkspace(m: Matrix, k: number, options: { bounds: boolean; seedTrials: number }): FitWorkspace {
  const { rows: n, cols: d } = m;
  const ws = createWorkspace(buffers(n, d, k, options.bounds, options.seedTrials));
  const s = kernelStride(d);
  copyRows(m.data, n, d, s, ws.view.x);
  const { labels, dist2, sums, sumsOdd, counts } = ws.view;
  const shape = { ...ws, n, d, s, k, seedTrials: options.seedTrials };
  return { ...shape, part: { labels, dist2, sums, sumsOdd, counts }, box: dataBox(shape) };
}

/**
 * The box, the sum of squares and the mean variance, by the columnStats and columnDeviations
 * kernels over the rows in the workspace. (In JavaScript, these single long loops ran 10x slower
 * in Chromium whenever a later fit caught them between tiers of the JIT: 0.9 s, not 0.09 s.)
 */
function dataBox(ws: Omit<FitWorkspace, 'box' | 'part'>): FitWorkspace['box'] {
  const { kernels, at, view, n, d, s } = ws;
  const sumSquares = kernels.columnStats(at.x, s, n, at.stats);
  const { stats, means, deviations } = view;
  for (let t = 0; t < d; t++) means[t] = stats[2 * s + t]! / n;
  kernels.columnDeviations(at.x, s, n, at.means, at.deviations);
  // numpy.var(X, axis=0).mean(): each feature's sums in row order, as meanVariance in fit.ts
  let total = 0;
  for (let t = 0; t < d; t++) total += deviations[t]! / n;
  return { low: stats.slice(0, d), high: stats.slice(s, s + d), sumSquares, meanVariance: total / d };
}

/** Empties the partition for a new run. */
export function resetPartition(part: Partition): void {
  part.labels.fill(-1);
  part.sums.fill(0);
  part.sumsOdd.fill(0);
  part.counts.fill(0);
}

/** Writes k x d centres into the workspace at kernel stride (padding lanes stay zero). */
export function loadCentres(ws: FitWorkspace, centres: Float64Array): void {
  copyRows(centres, ws.k, ws.d, ws.s, ws.view.centres);
}
