// What crosses between the page and the k-means worker: requests built from a cluster cell's
// settings, and the summary the results view draws (plain data and typed arrays only).
import type { ClusterProfile } from '../../core/kmeans/explain';
import type { KScan } from '../../core/kmeans/choose-k';
import type { FeatureOptions } from '../../core/kmeans/transforms';
import type { MissingPolicy } from '../../core/kmeans/prepare';
import type { KmeansAlgorithm } from '../../core/kmeans/run';
import type { KmeansNote, KmeansProblem, KmeansProgress } from '../../core/kmeans/types';

export interface FeatureSpec {
  column: string;
  /** The input column's DuckDB type (values arrive cast to DOUBLE). */
  type: string;
  options: FeatureOptions;
}

export interface FitSettings {
  seed: number;
  nInit: number;
  maxIter: number;
  tol: number;
  algorithm: KmeansAlgorithm;
}

export interface ClusterRequest extends FitSettings {
  features: FeatureSpec[];
  missing: MissingPolicy;
  k: number;
}

export interface ScanRequest extends FitSettings {
  features: FeatureSpec[];
  missing: MissingPolicy;
  kMin: number;
  kMax: number;
}

/** Everything the results view shows; no per-row arrays except the PCA sample. */
export interface ClusterSummary {
  features: string[];
  k: number;
  inputRows: number;
  clusteredRows: number;
  droppedRows: number;
  inertia: number;
  /** Iterations of the kept restart, and over all restarts (for per-iteration timing). */
  iterations: number;
  totalIterations: number;
  restarts: number;
  silhouette: { score: number | null; sampled: boolean; rows: number };
  overallMean: number[];
  profiles: ClusterProfile[];
  /** Proposed names per cluster, in both UI languages. */
  proposedNames: { en: string[]; ko: string[] };
  pca: { x: Float64Array; y: Float64Array; clusters: Int32Array; explained: [number, number]; sampled: boolean };
  notes: KmeansNote[];
  /** Worker time: decoding the columns, and the whole analysis (fit, silhouette, explain, PCA). */
  decodeMs: number;
  analysisMs: number;
  /** The analysis by step (core/kmeans/analysis.ts). */
  timings: { prepare: number; fit: number; silhouette: number; explain: number; pca: number };
}

export interface ClusterReply {
  summary: ClusterSummary;
  /** Arrow IPC stream `row, cluster, distance` (input rowid, 1-based cluster, distance to centre); see labels-ipc.ts. */
  labelsIpc: Uint8Array;
}

export type ScanReply = KScan & { notes: KmeansNote[] };

export type JobOutcome<T> = { ok: true; value: T } | { ok: false; problem: KmeansProblem };

export type ProgressCallback = (progress: KmeansProgress) => void;

/** The worker's API (comlink). `ipc`: Arrow IPC of the feature query (see feature-query.ts). */
export interface KmeansWorkerApi {
  cluster(ipc: Uint8Array, request: ClusterRequest, onProgress?: ProgressCallback): Promise<JobOutcome<ClusterReply>>;
  scan(ipc: Uint8Array, request: ScanRequest, onProgress?: ProgressCallback): Promise<JobOutcome<ScanReply>>;
}
