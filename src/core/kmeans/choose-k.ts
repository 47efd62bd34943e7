// Choosing k: fit every k in a range and report inertia (for the elbow) and silhouette side by
// side. Recommendation: the highest silhouette; a k whose silhouette is within `tieTolerance`
// (default 0.01) of the best counts as a tie and the smallest such k wins, because a sampled
// silhouette moves by about that much and fewer clusters are easier to act on.

import { fitKmeans, type FitOptions } from './fit';
import { silhouetteScore, type SilhouetteOptions } from './silhouette';
import { problem, type KmeansNote, type Matrix, type Outcome, type RunControl } from './types';

/** Warn above this many clusters, or when a cluster holds less than this share of the rows. */
export const MANY_CLUSTERS = 8;
export const SMALL_CLUSTER_SHARE = 0.02;

export interface ScanOptions extends Omit<FitOptions, 'k' | 'init' | 'stream'> {
  kMin: number;
  kMax: number;
  silhouette?: SilhouetteOptions;
  tieTolerance?: number;
}

export interface ScanRow {
  k: number;
  inertia: number;
  /** Null for k = 1 (undefined there). */
  silhouette: number | null;
  iterations: number;
  sizes: number[];
  smallestShare: number;
  /** k > MANY_CLUSTERS or smallest cluster < SMALL_CLUSTER_SHARE of rows. */
  hardToActOn: boolean;
}

export interface KScan {
  rows: ScanRow[];
  /** Null when no k in the range has a silhouette (range is k = 1 only). */
  recommended: number | null;
  silhouetteSampled: boolean;
  silhouetteRows: number;
  notes: KmeansNote[];
}

export function scanK(m: Matrix, options: ScanOptions, control?: RunControl): Outcome<KScan> {
  const { kMin } = options;
  if (!Number.isInteger(kMin) || !Number.isInteger(options.kMax) || kMin < 1 || options.kMax < kMin)
    return problem('kmeans.kInvalid', { k: `${kMin}..${options.kMax}` });
  if (kMin > m.rows) return problem('kmeans.kTooLarge', { k: kMin, rows: m.rows });
  const kMax = Math.min(options.kMax, m.rows); // a range reaching past the rows is cut, not refused
  const rows: ScanRow[] = [];
  let sampled = false;
  let scoredRows = m.rows;
  for (let k = kMin; k <= kMax; k++) {
    const scanControl: RunControl = {
      isCancelled: control?.isCancelled,
      onProgress: (p) => control?.onProgress?.({ ...p, stage: 'scan' }),
    };
    const fit = fitKmeans(m, { ...options, k }, scanControl);
    if (!fit.ok) return fit;
    let silhouette: number | null = null;
    if (k > 1) {
      control?.onProgress?.({ stage: 'silhouette', k, restart: 0, iteration: 0, inertia: fit.value.inertia });
      const score = silhouetteScore(m, fit.value.labels, k, { seed: options.seed, ...options.silhouette }, control);
      if (!score.ok) return score;
      silhouette = score.value.score;
      sampled = score.value.sampled;
      scoredRows = score.value.rows;
    }
    const smallestShare = Math.min(...fit.value.sizes) / m.rows;
    rows.push({
      k, inertia: fit.value.inertia, silhouette, iterations: fit.value.iterations, sizes: fit.value.sizes, smallestShare,
      hardToActOn: k > MANY_CLUSTERS || smallestShare < SMALL_CLUSTER_SHARE,
    });
  }
  const notes: KmeansNote[] = sampled ? [{ code: 'kmeans.silhouetteSampled', params: { sample: scoredRows, rows: m.rows } }] : [];
  return { ok: true, value: { rows, recommended: recommendK(rows, options.tieTolerance ?? 0.01), silhouetteSampled: sampled, silhouetteRows: scoredRows, notes } };
}

export function recommendK(rows: Pick<ScanRow, 'k' | 'silhouette'>[], tieTolerance: number): number | null {
  const scored = rows.filter((row): row is { k: number; silhouette: number } => row.silhouette !== null);
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((row) => row.silhouette));
  return Math.min(...scored.filter((row) => row.silhouette >= best - tieTolerance).map((row) => row.k));
}

/** Notes for a fitted k: too many clusters, and each cluster under the small share. */
export function actionabilityNotes(k: number, sizes: number[], rows: number): KmeansNote[] {
  const notes: KmeansNote[] = k > MANY_CLUSTERS ? [{ code: 'kmeans.manyClusters', params: { k } }] : [];
  sizes.forEach((size, cluster) => {
    if (size / rows < SMALL_CLUSTER_SHARE)
      notes.push({ code: 'kmeans.smallCluster', params: { cluster, share: Math.round((1000 * size) / rows) / 10 } });
  });
  return notes;
}
