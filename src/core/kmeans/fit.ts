// k-means fit: n_init restarts from greedy k-means++ (or one run from given centres), keeping the
// lowest inertia, as sklearn's KMeans.fit. The random stream defaults to k, so a k fitted alone
// and the same k inside a scan give the same clusters for the same seed.

import { catchCancel } from './cancel';
import { columnMoments } from './moments';
import { kmeansPlusPlus, seedTrials } from './plusplus';
import { createRng } from './rng';
import { runKmeans, type KmeansAlgorithm, type RunResult } from './run';
import { problem, type Matrix, type Outcome, type RunControl } from './types';
import { WorkspaceTooLarge } from './wasm/kernels';
import { createFitWorkspace } from './workspace';

export interface FitOptions {
  k: number;
  /** Unsigned 32-bit seed; saved with the workbook so the clusters reproduce. */
  seed: number;
  /** Restarts from k-means++; ignored with `init`. sklearn's n_init. */
  nInit: number;
  maxIter: number;
  /** Relative tolerance: stop when the total squared centre shift <= tol x mean feature variance (sklearn's tol). */
  tol: number;
  algorithm: KmeansAlgorithm;
  /** k x d initial centres in model space: one run from them, no seeding. */
  init?: Float64Array;
  /** Random stream; default k. */
  stream?: number;
}

export const DEFAULT_FIT_OPTIONS: Omit<FitOptions, 'k'> = { seed: 0, nInit: 10, maxIter: 300, tol: 1e-4, algorithm: 'hamerly' };

export interface KmeansFit {
  k: number;
  /** k x d, model space. */
  centres: Float64Array;
  labels: Int32Array;
  /** Euclidean distance of each row to its centre, model space. */
  distances: Float64Array;
  inertia: number;
  iterations: number;
  stop: RunResult['stop'];
  sizes: number[];
  restarts: { inertia: number; iterations: number }[];
  bestRestart: number;
  /** Rows the best restart was seeded from; null when `init` was given. */
  seedRows: Int32Array | null;
}

export function fitKmeans(m: Matrix, options: FitOptions, control?: RunControl): Outcome<KmeansFit> {
  const { k } = options;
  if (!Number.isInteger(k) || k < 1) return problem('kmeans.kInvalid', { k });
  if (m.rows === 1) return problem('kmeans.singleRow', { rows: 1 });
  if (m.rows < 2) return problem('kmeans.noRows', { inputRows: m.rows, dropped: 0 });
  if (k > m.rows) return problem('kmeans.kTooLarge', { k, rows: m.rows });
  if (options.init && options.init.length !== k * m.cols) throw new Error(`init holds ${options.init.length} values, not k x d = ${k * m.cols}`);
  try {
    const outcome = catchCancel(() => fitRuns(m, options, control));
    return outcome.ok ? outcome.value : outcome;
  } catch (error) {
    if (error instanceof WorkspaceTooLarge) return problem('kmeans.tooLarge', { rows: m.rows, features: m.cols, megabytes: Math.ceil(error.bytes / 1024 ** 2) });
    throw error;
  }
}

function fitRuns(m: Matrix, options: FitOptions, control?: RunControl): Outcome<KmeansFit> {
  const { k } = options;
  const rng = createRng(options.seed, options.stream ?? k);
  const restarts: KmeansFit['restarts'] = [];
  let best: { run: RunResult; restart: number; seedRows: Int32Array | null } | null = null;
  const count = options.init ? 1 : Math.max(1, Math.floor(options.nInit));
  // One workspace (rows copied into WebAssembly memory once) for every restart.
  const ws = createFitWorkspace(m, k, { bounds: options.algorithm === 'hamerly', seedTrials: options.init ? 0 : seedTrials(k) });
  try {
    const runOptions = { maxIter: options.maxIter, tolerance: options.tol * ws.box.meanVariance, algorithm: options.algorithm };
    for (let restart = 0; restart < count; restart++) {
      let init = options.init ?? null;
      let seedRows: Int32Array | null = null;
      if (!init) {
        const seeding = kmeansPlusPlus(m, k, rng, control, ws);
        if (seeding.distinctFound < k) return problem('kmeans.tooFewDistinct', { k, distinct: seeding.distinctFound });
        init = seeding.centres;
        seedRows = seeding.rows;
      }
      const report = (iteration: number, inertia: number) => control?.onProgress?.({ stage: 'fit', k, restart, iteration, inertia });
      const run = runKmeans(m, init, k, runOptions, control, report, ws);
      restarts.push({ inertia: run.inertia, iterations: run.iterations });
      if (!best || run.inertia < best.run.inertia) best = { run, restart, seedRows };
    }
  } finally {
    ws.release(); // results were copied out of it
  }
  const { run, restart, seedRows } = best!;
  const sizes = new Array<number>(k).fill(0);
  for (const label of run.labels) sizes[label]!++;
  const distances = new Float64Array(run.dist2.length);
  for (let i = 0; i < distances.length; i++) distances[i] = Math.sqrt(run.dist2[i]!);
  return {
    ok: true,
    value: {
      k, centres: run.centres, labels: run.labels, distances, inertia: run.inertia,
      iterations: run.iterations, stop: run.stop, sizes, restarts, bestRestart: restart, seedRows,
    },
  };
}

/** Mean over features of the population variance, as numpy.var(X, axis=0).mean(). */
export function meanVariance(m: Matrix): number {
  const { sumSquares } = columnMoments(m);
  let total = 0;
  for (let t = 0; t < m.cols; t++) total += sumSquares[t]! / m.rows;
  return total / m.cols;
}
