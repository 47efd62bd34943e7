// Mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances, as
// sklearn.metrics.silhouette_score: a = mean distance to the other rows of its cluster,
// b = smallest mean distance to another cluster's rows, s = (b - a) / max(a, b); a row alone
// in its cluster scores 0, and so does a row with a = b = 0. Exact is O(n^2 d): above
// `exactMaxRows` the score is computed on a seeded sample (sklearn's sample_size), and says so.

import { catchCancel } from './cancel';
import { createRng } from './rng';
import { sampleRows } from './sample';
import { pairDistanceSums } from './silhouette-pairs';
import type { Matrix, Outcome, RunControl } from './types';

export interface SilhouetteOptions {
  /** Largest row count scored exactly; default 10,000. */
  exactMaxRows?: number;
  /** Rows sampled above it; default exactMaxRows. */
  sampleSize?: number;
  seed?: number;
}

export interface Silhouette {
  /** Null when fewer than 2 clusters, or as many clusters as rows, are present (sklearn refuses these). */
  score: number | null;
  /** Mean silhouette of each cluster's rows in the scored set (null for clusters absent from it). */
  clusters: (number | null)[];
  sampled: boolean;
  /** Rows scored. */
  rows: number;
}

export function silhouetteScore(m: Matrix, labels: Int32Array, k: number, options: SilhouetteOptions = {}, control?: RunControl): Outcome<Silhouette> {
  const exactMaxRows = options.exactMaxRows ?? 10_000;
  const sampled = m.rows > exactMaxRows;
  const rows = sampled ? sampleRows(m.rows, options.sampleSize ?? exactMaxRows, createRng(options.seed ?? 0, 0x5111)) : null;
  return catchCancel(() => exactSilhouette(rows ? subset(m, labels, rows) : { m, labels }, k, sampled, control));
}

function exactSilhouette({ m, labels }: { m: Matrix; labels: Int32Array }, k: number, sampled: boolean, control?: RunControl): Silhouette {
  const n = m.rows;
  const sizes = new Float64Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]!]!++;
  const present = sizes.reduce((count, size) => count + (size > 0 ? 1 : 0), 0);
  const clusters: (number | null)[] = new Array<number | null>(k).fill(null);
  if (present < 2 || present === n) return { score: null, clusters, sampled, rows: n };
  const sums = pairDistanceSums(m, labels, k, control);
  const clusterTotals = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const li = labels[i]!;
    let s = 0;
    if (sizes[li]! > 1) {
      const a = sums[i * k + li]! / (sizes[li]! - 1);
      let b = Infinity;
      for (let c = 0; c < k; c++) if (c !== li && sizes[c]! > 0) b = Math.min(b, sums[i * k + c]! / sizes[c]!);
      const denominator = Math.max(a, b);
      s = denominator > 0 ? (b - a) / denominator : 0;
    }
    clusterTotals[li]! += s;
    total += s;
  }
  for (let c = 0; c < k; c++) if (sizes[c]! > 0) clusters[c] = clusterTotals[c]! / sizes[c]!;
  return { score: total / n, clusters, sampled, rows: n };
}

function subset(m: Matrix, labels: Int32Array, rows: Int32Array): { m: Matrix; labels: Int32Array } {
  const d = m.cols;
  const data = new Float64Array(rows.length * d);
  rows.forEach((row, i) => data.set(m.data.subarray(row * d, row * d + d), i * d));
  return { m: { data, rows: rows.length, cols: d }, labels: rows.map((row) => labels[row]!) };
}
