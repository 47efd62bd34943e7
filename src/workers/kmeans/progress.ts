// k-means progress -> the cell's progress bar. The fraction is a guess (iterations to converge
// are not known ahead): restarts fill it evenly, each restart creeping towards its share.
import type { KmeansProgress } from '../../core/kmeans/types';
import type { Progress } from '../../engine/protocol';

const READ_SHARE = 0.05;
const FIT_SHARE = 0.85;

export function clusterProgress(p: KmeansProgress, restarts: number): Progress {
  if (p.stage === 'silhouette') return { phase: 'query', fraction: READ_SHARE + FIT_SHARE, detail: `silhouette, k = ${p.k}` };
  const withinRestart = 1 - 1 / (1 + p.iteration / 10);
  const fraction = READ_SHARE + (FIT_SHARE * (p.restart + withinRestart)) / Math.max(1, restarts);
  return { phase: 'query', fraction: Math.min(READ_SHARE + FIT_SHARE, fraction), detail: `k-means k = ${p.k}: restart ${p.restart + 1}/${restarts}, iteration ${p.iteration}` };
}
