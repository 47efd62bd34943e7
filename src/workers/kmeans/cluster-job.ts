// The two k-means jobs on the bytes of the feature query: cluster (fit, explain, label rows)
// and scan (choose k). Pure: the worker runs them off the page; the headless runner in process.
import { clusterFeatures, scanFeatures } from '../../core/kmeans/analysis';
import type { FeatureColumn } from '../../core/kmeans/prepare';
import type { RunControl } from '../../core/kmeans/types';
import { proposeClusterNames } from './cluster-names';
import { decodeFeatureColumns, type DecodedFeatures } from './feature-columns';
import { labelsIpc } from './labels-ipc';
import type { ClusterReply, ClusterRequest, FeatureSpec, JobOutcome, ScanReply, ScanRequest } from './protocol';

/** PCA points drawn: a scatter stays readable and quick below ~5k marks (DESIGN 2). */
const PCA_SAMPLE = 2_000;

function featureColumns(decoded: DecodedFeatures, specs: FeatureSpec[]): FeatureColumn[] {
  return specs.map((spec, j) => ({ column: spec.column, type: spec.type, values: decoded.values[j]!, options: spec.options }));
}

export function clusterJob(ipc: Uint8Array, request: ClusterRequest, control?: RunControl): JobOutcome<ClusterReply> {
  const started = performance.now();
  const decoded = decodeFeatureColumns(ipc, request.features.length);
  const decodeMs = performance.now() - started;
  const { features, missing, k, seed, nInit, maxIter, tol, algorithm } = request;
  const outcome = clusterFeatures(featureColumns(decoded, features), { k, seed, nInit, maxIter, tol, algorithm, missing, pca: { sampleSize: PCA_SAMPLE } }, control);
  if (!outcome.ok) return outcome;
  const a = outcome.value;
  const summary = {
    features: features.map((f) => f.column),
    k,
    inputRows: a.inputRows,
    clusteredRows: a.rowIndex.length,
    droppedRows: a.droppedRows,
    inertia: a.fit.inertia,
    iterations: a.fit.iterations,
    totalIterations: a.fit.restarts.reduce((sum, r) => sum + r.iterations, 0),
    restarts: a.fit.restarts.length,
    silhouette: { score: a.silhouette.score, sampled: a.silhouette.sampled, rows: a.silhouette.rows },
    overallMean: a.overallMean,
    profiles: a.profiles,
    proposedNames: { en: proposeClusterNames(a.profiles, 'en'), ko: proposeClusterNames(a.profiles, 'ko') },
    pca: { x: a.pca.x, y: a.pca.y, clusters: a.pca.clusters, explained: a.pca.explained, sampled: a.pca.sampled },
    notes: a.notes,
    decodeMs,
    analysisMs: performance.now() - started - decodeMs,
    timings: a.timings,
  };
  return { ok: true, value: { summary, labelsIpc: labelsIpc(decoded.rowIds, a.rowIndex, a.fit.labels, a.fit.distances) } };
}

export function scanJob(ipc: Uint8Array, request: ScanRequest, control?: RunControl): JobOutcome<ScanReply> {
  const decoded = decodeFeatureColumns(ipc, request.features.length);
  const { features, missing, kMin, kMax, seed, nInit, maxIter, tol, algorithm } = request;
  return scanFeatures(featureColumns(decoded, features), { kMin, kMax, seed, nInit, maxIter, tol, algorithm, missing }, control);
}
