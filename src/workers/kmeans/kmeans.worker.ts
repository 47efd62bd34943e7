// The k-means Web Worker: fits never run on the page. Cancelling terminates this worker (see
// client.ts): the fit loops are synchronous, so a cancel message could not be read until they
// end, and SharedArrayBuffer flags need cross-origin isolation that static hosts rarely give.
import * as Comlink from 'comlink';
import type { KmeansProgress } from '../../core/kmeans/types';
import { clusterJob, scanJob } from './cluster-job';
import type { KmeansWorkerApi, ProgressCallback } from './protocol';

/** At most one progress message per this many ms: a fit can do thousands of iterations a second. */
const PROGRESS_EVERY_MS = 100;

function throttled(onProgress: ProgressCallback | undefined): { onProgress?: (p: KmeansProgress) => void } {
  if (!onProgress) return {};
  let last = 0;
  return {
    onProgress: (p) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      void Promise.resolve(onProgress(p)).catch(() => undefined);
    },
  };
}

const api: KmeansWorkerApi = {
  async cluster(ipc, request, onProgress) {
    const outcome = clusterJob(ipc, request, throttled(onProgress));
    if (!outcome.ok) return outcome;
    const { summary, labelsIpc } = outcome.value;
    return Comlink.transfer(outcome, [labelsIpc.buffer, summary.pca.x.buffer, summary.pca.y.buffer, summary.pca.clusters.buffer]);
  },
  async scan(ipc, request, onProgress) {
    return scanJob(ipc, request, throttled(onProgress));
  },
};

Comlink.expose(api);
