// Shared shapes of the k-means engine. Everything here is plain data (typed arrays, numbers,
// strings) so it crosses postMessage from the worker unchanged.

/** n x d values, row-major: row i, feature j is data[i * cols + j]. */
export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

/** Problems the user can fix; the lead maps `code` to errors.<code> sentences with `params`. */
export type KmeansProblemCode =
  | 'kmeans.noFeatures' // no feature column chosen
  | 'kmeans.notNumeric' // params.column, params.type: a text/date column chosen as a feature
  | 'kmeans.unknownColumn' // params.column: a saved column the input no longer has
  | 'kmeans.duplicateFeature' // params.column: the same column chosen twice
  | 'kmeans.lengthMismatch' // params.column, params.rows, params.expected: caller bug, value arrays differ in length
  | 'kmeans.allMissing' // params.column: every value is NULL/NaN
  | 'kmeans.noRows' // params.inputRows, params.dropped: nothing left after dropping rows with missing values
  | 'kmeans.singleRow' // params.rows (= 1): clustering needs at least two rows
  | 'kmeans.constantColumn' // params.column, params.value: the feature has one value (after winsorising)
  | 'kmeans.log1pNegative' // params.column, params.min: log1p needs values > -1
  | 'kmeans.kInvalid' // params.k: k (or the scan range "2..1") is not whole numbers >= 1 in order
  | 'kmeans.kTooLarge' // params.k, params.rows: more clusters than rows
  | 'kmeans.tooFewDistinct' // params.k, params.distinct: fewer distinct points than clusters
  | 'kmeans.tooLarge' // params.rows, params.features, params.megabytes: the working memory does not fit in the browser
  | 'kmeans.cancelled'; // the user cancelled

export interface KmeansProblem {
  code: KmeansProblemCode;
  params: Record<string, string | number>;
}

/** Facts the user should see beside a result, not failures. */
export type KmeansNoteCode =
  | 'kmeans.rowsDropped' // params.count, params.inputRows
  | 'kmeans.valuesImputed' // params.column, params.count, params.method ('median' | 'mean'), params.value
  | 'kmeans.robustFallback' // params.column: IQR is 0, the standard deviation is used instead
  | 'kmeans.silhouetteSampled' // params.sample, params.rows
  | 'kmeans.manyClusters' // params.k: more clusters than a team can act on (> 8)
  | 'kmeans.smallCluster'; // params.cluster, params.share (percent): a cluster under 2% of rows

export interface KmeansNote {
  code: KmeansNoteCode;
  params: Record<string, string | number>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: KmeansProblem };

export interface KmeansProgress {
  stage: 'fit' | 'scan' | 'silhouette';
  /** The k being fitted (scan) or the fitted k. */
  k: number;
  restart: number;
  iteration: number;
  /** Sum of squared distances of the current partition to its own means. */
  inertia: number;
}

/** How a long computation reports progress and learns it should stop. Both are optional. */
export interface RunControl {
  onProgress?: (progress: KmeansProgress) => void;
  /** Polled every iteration and every few thousand rows inside long loops. */
  isCancelled?: () => boolean;
}

export function problem(code: KmeansProblemCode, params: Record<string, string | number> = {}): { ok: false; problem: KmeansProblem } {
  return { ok: false, problem: { code, params } };
}
