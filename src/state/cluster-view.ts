// What a cluster cell's last run found, for its results view: sizes, profiles, proposed names,
// scores, notes and the PCA sample (workers/kmeans/protocol.ts ClusterSummary).
// A class so Svelte's $state leaves the typed arrays unproxied.
import type { ClusterSummary } from '../workers/kmeans/protocol';

export class ClusterView {
  constructor(readonly summary: ClusterSummary) {}
}
