// One k-means run from given initial centres, step for step as sklearn's _kmeans_single_lloyd:
// assign, move the centres, stop on unchanged labels (strict) or when the total squared centre
// shift is <= tol; without strict convergence, a last assignment makes labels match centres.

import { throwIfCancelled } from './cancel';
import { centreShifts, updateCentres } from './centres';
import { assignHamerly, createHamerlyBounds, moveBounds } from './hamerly';
import { assignLloyd } from './lloyd';
import type { Matrix, RunControl } from './types';
import { createFitWorkspace, loadCentres, resetPartition, type FitWorkspace } from './workspace';

export type KmeansAlgorithm = 'lloyd' | 'hamerly';

export interface RunOptions {
  maxIter: number;
  /** Absolute: sklearn's tol times the mean feature variance. */
  tolerance: number;
  algorithm: KmeansAlgorithm;
}

export interface RunResult {
  centres: Float64Array;
  labels: Int32Array;
  /** Squared distance of each row to its centre. */
  dist2: Float64Array;
  inertia: number;
  iterations: number;
  stop: 'strict' | 'tolerance' | 'maxIter';
}

/**
 * `report(iteration, inertia)` after each iteration; the inertia is of the rows around their new
 * centres. `ws` (from createFitWorkspace, with bounds for Hamerly) is reused across restarts;
 * the result is copied out of it.
 */
export function runKmeans(m: Matrix, init: Float64Array, k: number, options: RunOptions, control?: RunControl, report?: (iteration: number, inertia: number) => void, ws?: FitWorkspace): RunResult {
  const { data: x, cols: d } = m;
  const hamerly = options.algorithm === 'hamerly';
  ws ??= createFitWorkspace(m, k, { bounds: hamerly, seedTrials: 0 });
  const { part } = ws;
  resetPartition(part);
  const bounds = hamerly ? createHamerlyBounds(ws, boundMargin(ws, init, k)) : null;
  const assign = (c: Float64Array): number => (bounds ? assignHamerly(ws, c, bounds, control) : assignLloyd(ws, c, control));
  // Lloyd's pass has just computed every row's distance; Hamerly's skipped rows' are stale.
  const rowDist2 = (c: Float64Array) => (): Float64Array => (bounds ? assignedDistances(ws, c).dist2 : part.dist2);
  const { sumSquares } = ws.box;
  let centres = Float64Array.from(init);
  let next = new Float64Array(k * d);
  const shifts = new Float64Array(k);
  let iterations = 0;
  let stop: RunResult['stop'] = 'maxIter';
  for (let i = 0; i < options.maxIter; i++) {
    throwIfCancelled(control);
    const changed = assign(centres);
    updateCentres(x, d, k, part, centres, rowDist2(centres), next);
    const shiftTotal = centreShifts(centres, next, k, d, shifts);
    [centres, next] = [next, centres];
    if (bounds) moveBounds(ws, bounds, shifts);
    iterations = i + 1;
    report?.(iterations, partitionInertia(sumSquares, centres, part.counts, d));
    if (i > 0 && changed === 0) {
      stop = 'strict';
      break;
    }
    if (shiftTotal <= options.tolerance) {
      stop = 'tolerance';
      break;
    }
  }
  if (stop !== 'strict') assign(centres);
  const { dist2, inertia } = assignedDistances(ws, centres);
  return { centres, labels: part.labels.slice(), dist2: dist2.slice(), inertia, iterations, stop };
}

/** Every row's squared distance to its assigned centre (into the workspace's dist2), and their sum in row order. */
function assignedDistances(ws: FitWorkspace, centres: Float64Array): { dist2: Float64Array; inertia: number } {
  loadCentres(ws, centres);
  const { kernels, at, n, s } = ws;
  // One call, one running sum: a single pass is too quick to need cancel polls.
  const inertia = kernels.assignedDistances(at.x, s, at.centres, at.labels, at.dist2, 0, n);
  return { dist2: ws.part.dist2, inertia };
}

/** Slack for Hamerly's bound tests: 1e-9 of a length no distance here exceeds (the box around rows and initial centres). */
function boundMargin(ws: FitWorkspace, init: Float64Array, k: number): number {
  const { low, high } = ws.box;
  let diagonal2 = 0;
  for (let t = 0; t < ws.d; t++) {
    let lo = low[t]!, hi = high[t]!;
    for (let j = 0; j < k; j++) (lo = Math.min(lo, init[j * ws.d + t]!)), (hi = Math.max(hi, init[j * ws.d + t]!));
    diagonal2 += (hi - lo) ** 2;
  }
  return 1e-9 * Math.sqrt(diagonal2);
}

/** Sum over rows of |x - mean of its cluster|^2 = sum |x|^2 - sum_j n_j |mean_j|^2: for progress only (cancellation-prone). */
function partitionInertia(sumSquares: number, means: Float64Array, counts: Float64Array, d: number): number {
  let explained = 0;
  for (let j = 0; j < counts.length; j++) {
    let s = 0;
    for (let t = 0; t < d; t++) s += means[j * d + t]! ** 2;
    explained += s * counts[j]!;
  }
  return Math.max(0, sumSquares - explained);
}
