// Page side of the k-means worker. Each job gets its own worker, ended when the job ends;
// cancel() ends it at once, whatever the fit is doing (one message away, never a poll).
import * as Comlink from 'comlink';
import type { KmeansProblem } from '../../core/kmeans/types';
import type { ClusterReply, ClusterRequest, JobOutcome, KmeansWorkerApi, ProgressCallback, ScanReply, ScanRequest } from './protocol';

export interface KmeansJob<T> {
  result: Promise<JobOutcome<T>>;
  cancel(): void;
}

const CANCELLED: KmeansProblem = { code: 'kmeans.cancelled', params: {} };

function startJob<T>(call: (api: Comlink.Remote<KmeansWorkerApi>) => Promise<JobOutcome<T>>): KmeansJob<T> {
  const worker = new Worker(new URL('./kmeans.worker.ts', import.meta.url), { type: 'module', name: 'segbook-kmeans' });
  const api = Comlink.wrap<KmeansWorkerApi>(worker);
  let settle: (outcome: JobOutcome<T>) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    api[Comlink.releaseProxy]();
    worker.terminate();
  };
  const result = new Promise<JobOutcome<T>>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.addEventListener('error', (event) => {
    fail(new Error(`k-means worker failed: ${event.message ?? 'did not load'}`));
    end();
  });
  call(api).then(settle, fail).finally(end);
  return {
    result,
    cancel: () => {
      if (ended) return;
      end();
      settle({ ok: false, problem: CANCELLED });
    },
  };
}

/** Typed arrays are transferred to the worker: the caller gives up `ipc`. */
export function startClusterJob(ipc: Uint8Array, request: ClusterRequest, onProgress?: ProgressCallback): KmeansJob<ClusterReply> {
  return startJob((api) => api.cluster(Comlink.transfer(ipc, [ipc.buffer]), request, onProgress && Comlink.proxy(onProgress)));
}

export function startScanJob(ipc: Uint8Array, request: ScanRequest, onProgress?: ProgressCallback): KmeansJob<ScanReply> {
  return startJob((api) => api.scan(Comlink.transfer(ipc, [ipc.buffer]), request, onProgress && Comlink.proxy(onProgress)));
}
