// What makes each cluster different, as data for the profile table and for proposed names.
// z-scores compare a cluster's mean with the overall mean in model space (after log1p and
// winsorising, divided by the overall standard deviation there), so one huge spender does not
// make every cluster look "low monetary"; the profile itself is shown in original units.

import { columnMoments } from './moments';
import { inverseTransform, type FeatureTransform } from './transforms';
import type { Matrix } from './types';

export interface DistinctiveFeature {
  feature: string;
  direction: 'high' | 'low';
  z: number;
}

export interface ClusterProfile {
  cluster: number;
  size: number;
  share: number;
  /** The fitted centre mapped back to each feature's units (undoing scaling and log1p). */
  centre: number[];
  /** Mean of the members' values in the features' own units (imputed values included). */
  mean: number[];
  /** Per feature: (cluster mean - overall mean) / overall sd, model space; 0 when the sd is 0. */
  z: number[];
  /** Features with |z| >= minAbsZ, largest |z| first, at most `top`; at least the largest one. */
  distinctive: DistinctiveFeature[];
}

export interface ExplainOptions {
  top?: number;
  minAbsZ?: number;
}

export function explainClusters(
  model: Matrix,
  /** The features in their own units, one array per feature (PreparedFeatures.original). */
  original: Float64Array[],
  transforms: FeatureTransform[],
  fit: { k: number; centres: Float64Array; labels: Int32Array },
  options: ExplainOptions = {},
): { overallMean: number[]; clusters: ClusterProfile[] } {
  const { k, centres, labels } = fit;
  const d = model.cols;
  const top = options.top ?? 3;
  const minAbsZ = options.minAbsZ ?? 0.5;
  const modelMeans = groupMeans(model, labels, k);
  const originalMeans = groupColumnMeans(original, labels, k);
  const overall = meanAndSd(model);
  const clusters = Array.from({ length: k }, (_, c): ClusterProfile => {
    const size = modelMeans.sizes[c]!;
    const z = transforms.map((_, t) => (overall.sd[t]! > 0 ? (modelMeans.means[c * d + t]! - overall.mean[t]!) / overall.sd[t]! : 0));
    const ranked = z
      .map((value, t) => ({ feature: transforms[t]!.column, direction: value >= 0 ? 'high' : 'low', z: value }) as DistinctiveFeature)
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
    const distinctive = ranked.filter((f, i) => i === 0 || Math.abs(f.z) >= minAbsZ).slice(0, top);
    return {
      cluster: c, size, share: size / model.rows,
      centre: transforms.map((tr, t) => inverseTransform(centres[c * d + t]!, tr)),
      mean: transforms.map((_, t) => originalMeans.means[c * d + t]!),
      z, distinctive,
    };
  });
  return { overallMean: original.map(columnMean), clusters };
}

// Row-major loops over typed arrays with the fields read once: these run over every row (1M+)
// and the matrix is read once per call, not once per feature.
function groupMeans(m: Matrix, labels: Int32Array, k: number): { means: Float64Array; sizes: number[] } {
  const { data, rows, cols: d } = m;
  const means = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0, r = 0; i < rows; i++, r += d) {
    const c = labels[i]!;
    counts[c]!++;
    const at = c * d;
    for (let t = 0; t < d; t++) means[at + t]! += data[r + t]!;
  }
  for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) means[c * d + t] = counts[c]! > 0 ? means[c * d + t]! / counts[c]! : NaN;
  return { means, sizes: Array.from(counts) };
}

/** groupMeans over one array per feature: the same sums, in the same (row) order. */
function groupColumnMeans(columns: Float64Array[], labels: Int32Array, k: number): { means: Float64Array } {
  const d = columns.length;
  const means = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) counts[labels[i]!]!++;
  columns.forEach((column, t) => {
    for (let i = 0; i < column.length; i++) means[labels[i]! * d + t]! += column[i]!;
  });
  for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) means[c * d + t] = counts[c]! > 0 ? means[c * d + t]! / counts[c]! : NaN;
  return { means };
}

function columnMean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Per feature the mean and population sd. */
function meanAndSd(m: Matrix): { mean: number[]; sd: number[] } {
  const { mean, sumSquares } = columnMoments(m);
  return { mean: Array.from(mean), sd: Array.from(sumSquares, (value) => Math.sqrt(value / m.rows)) };
}
