// One k-means run from given initial centres, step for step as sklearn's _kmeans_single_lloyd:
// assign, move the centres, stop on unchanged labels (strict) or when the total squared centre
// shift is <= tol; without strict convergence, a last assignment makes labels match centres.

import { throwIfCancelled } from './cancel';
import { centreShifts, updateCentres } from './centres';
import { assignHamerly, createHamerlyBounds, moveBounds } from './hamerly';
import { assignLloyd, createPartition } from './lloyd';
import { squaredDistance } from './assign-generic';
import type { Matrix, RunControl } from './types';

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

/** `report(iteration, inertia)` after each iteration; the inertia is of the rows around their new centres. */
export function runKmeans(m: Matrix, init: Float64Array, k: number, options: RunOptions, control?: RunControl, report?: (iteration: number, inertia: number) => void): RunResult {
  const { data: x, rows: n, cols: d } = m;
  const part = createPartition(n, d, k);
  const bounds = options.algorithm === 'hamerly' ? createHamerlyBounds(n, k, boundMargin(m, init, k)) : null;
  const assign = (c: Float64Array): number =>
    bounds ? assignHamerly(x, d, c, k, part, bounds, control) : assignLloyd(x, d, c, k, part, control);
  const rowDist2 = (c: Float64Array) => (): Float64Array => {
    if (!bounds) return part.dist2; // Lloyd's pass just computed them
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = squaredDistance(x, i * d, c, part.labels[i]! * d, d);
    return out;
  };
  const sumSquares = rowSumSquares(m);
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
    if (bounds) moveBounds(bounds, shifts);
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
  const dist2 = new Float64Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    dist2[i] = squaredDistance(x, i * d, centres, part.labels[i]! * d, d);
    inertia += dist2[i]!;
  }
  return { centres, labels: part.labels, dist2, inertia, iterations, stop };
}

/** Slack for Hamerly's bound tests: 1e-9 of a length no distance here exceeds (the box around rows and initial centres). */
function boundMargin(m: Matrix, init: Float64Array, k: number): number {
  const { data, rows, cols: d } = m;
  let diagonal2 = 0;
  for (let t = 0; t < d; t++) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < rows; i++) (lo = Math.min(lo, data[i * d + t]!)), (hi = Math.max(hi, data[i * d + t]!));
    for (let j = 0; j < k; j++) (lo = Math.min(lo, init[j * d + t]!)), (hi = Math.max(hi, init[j * d + t]!));
    diagonal2 += (hi - lo) ** 2;
  }
  return 1e-9 * Math.sqrt(diagonal2);
}

function rowSumSquares(m: Matrix): number {
  let total = 0;
  for (let i = 0; i < m.data.length; i++) total += m.data[i]! * m.data[i]!;
  return total;
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
