// What a cluster cell's last run found, for its results view (scan, profiles, PCA sample).
// A class so Svelte's $state leaves the typed arrays unproxied. (Filled in with issue 5.)
export class ClusterView {
  constructor(readonly analysis: unknown) {}
}
