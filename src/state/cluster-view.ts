// What a cluster cell's last run found, for its results view: sizes, profiles, proposed names,
// scores, notes and the PCA sample (workers/kmeans/protocol.ts ClusterSummary), and what its
// labels table belongs to, so a rename of clusters can skip the fit (cluster-fit.ts).
// A class so Svelte's $state leaves the typed arrays unproxied.
import type { ClusterSummary } from '../workers/kmeans/protocol';
import type { FittedLabels } from './cluster-fit';

export class ClusterView {
  constructor(
    readonly summary: ClusterSummary,
    readonly labels: FittedLabels | null = null,
  ) {}
}
