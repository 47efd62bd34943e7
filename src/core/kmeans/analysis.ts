// The two jobs a k-means cell asks the worker for, from the columns read out of DuckDB:
// `clusterFeatures` (prepare, fit, score, explain, project) and `scanFeatures` (choose k).
// Everything returned is plain data and typed arrays, ready for postMessage.

import { actionabilityNotes, scanK, type KScan, type ScanOptions } from './choose-k';
import { explainClusters, type ClusterProfile, type ExplainOptions } from './explain';
import { fitKmeans, type FitOptions, type KmeansFit } from './fit';
import { pcaProjection, type PcaOptions, type PcaProjection } from './pca';
import { prepareFeatures, type FeatureColumn, type MissingPolicy } from './prepare';
import { silhouetteScore, type Silhouette, type SilhouetteOptions } from './silhouette';
import type { FeatureTransform } from './transforms';
import type { KmeansNote, Outcome, RunControl } from './types';

export interface ClusterOptions extends Omit<FitOptions, 'init' | 'stream'> {
  missing: MissingPolicy;
  silhouette?: SilhouetteOptions;
  explain?: ExplainOptions;
  pca?: PcaOptions;
}

export interface ClusterAnalysis {
  /** Input row of each clustered row (fit.labels[i] belongs to input row rowIndex[i]). */
  rowIndex: Int32Array;
  inputRows: number;
  droppedRows: number;
  transforms: FeatureTransform[];
  fit: KmeansFit;
  silhouette: Silhouette;
  overallMean: number[];
  profiles: ClusterProfile[];
  pca: PcaProjection;
  notes: KmeansNote[];
  /** Wall milliseconds of each step, for the benchmark and the cell's status line. */
  timings: { prepare: number; fit: number; silhouette: number; explain: number; pca: number };
}

export function clusterFeatures(features: FeatureColumn[], options: ClusterOptions, control?: RunControl): Outcome<ClusterAnalysis> {
  const clock = stopwatch();
  const prepared = prepareFeatures(features, options.missing);
  if (!prepared.ok) return prepared;
  const { matrix, original, rowIndex, inputRows, droppedRows, transforms } = prepared.value;
  const prepare = clock();
  const fit = fitKmeans(matrix, options, control);
  if (!fit.ok) return fit;
  const fitMs = clock();
  control?.onProgress?.({ stage: 'silhouette', k: options.k, restart: fit.value.bestRestart, iteration: fit.value.iterations, inertia: fit.value.inertia });
  const silhouette = silhouetteScore(matrix, fit.value.labels, options.k, { seed: options.seed, ...options.silhouette }, control);
  if (!silhouette.ok) return silhouette;
  const silhouetteMs = clock();
  const { overallMean, clusters } = explainClusters(matrix, original, transforms, fit.value, options.explain);
  const explain = clock();
  const pca = pcaProjection(matrix, fit.value.labels, fit.value.centres, options.k, { seed: options.seed, ...options.pca });
  const pcaMs = clock();
  const notes = [...prepared.value.notes, ...actionabilityNotes(options.k, fit.value.sizes, matrix.rows)];
  if (silhouette.value.sampled) notes.push({ code: 'kmeans.silhouetteSampled', params: { sample: silhouette.value.rows, rows: matrix.rows } });
  return {
    ok: true,
    value: {
      rowIndex, inputRows, droppedRows, transforms, fit: fit.value, silhouette: silhouette.value, overallMean, profiles: clusters, pca, notes,
      timings: { prepare, fit: fitMs, silhouette: silhouetteMs, explain, pca: pcaMs },
    },
  };
}

/** Each call returns the milliseconds since the previous one (or since the stopwatch started). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}

export function scanFeatures(features: FeatureColumn[], options: ScanOptions & { missing: MissingPolicy }, control?: RunControl): Outcome<KScan & { notes: KmeansNote[] }> {
  const prepared = prepareFeatures(features, options.missing);
  if (!prepared.ok) return prepared;
  const scan = scanK(prepared.value.matrix, options, control);
  if (!scan.ok) return scan;
  return { ok: true, value: { ...scan.value, notes: [...prepared.value.notes, ...scan.value.notes] } };
}
