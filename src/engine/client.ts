// Page side of the engine: starts the DuckDB worker and turns its SegbookError objects back into
// SegbookFailure exceptions. Progress callbacks are plain functions here; we wrap them for comlink.

import * as Comlink from 'comlink';
import { SegbookFailure, segbookError, toSegbookError } from '../core/errors';
import type { EngineApi, EngineInfo, ProgressListener } from './protocol';

export interface EngineClient extends EngineApi {
  info: EngineInfo;
  terminate(): void;
}

export async function createEngine(): Promise<EngineClient> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<EngineApi>(worker);
  const call = async <T>(promise: Promise<T>): Promise<T> => {
    try {
      return await promise;
    } catch (e) {
      throw new SegbookFailure(toSegbookError(e));
    }
  };
  const proxied = (fn?: ProgressListener) => (fn ? Comlink.proxy(fn) : undefined);

  // a worker that fails to load never answers; its error event ends the wait instead
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(segbookError('engine.start', { detail: event.message ?? 'worker failed to load' })), {
      once: true,
    });
  });
  let info: EngineInfo;
  try {
    info = await call(Promise.race([remote.start(), workerFailed]));
  } catch (e) {
    worker.terminate();
    throw e;
  }

  return {
    info,
    start: () => call(remote.start()),
    registerFile: (name, data) => call(remote.registerFile(name, data)),
    dropFile: (name) => call(remote.dropFile(name)),
    sniffFile: (name) => call(remote.sniffFile(name)),
    importFile: (req, queryId, onProgress) => call(remote.importFile(req, queryId, proxied(onProgress))),
    importArrow: (table, ipc, queryId) => call(remote.importArrow(table, Comlink.transfer(ipc, [ipc.buffer]), queryId)),
    query: (sql, queryId, onProgress) => call(remote.query(sql, queryId, proxied(onProgress))),
    exec: (sql, queryId, onProgress) => call(remote.exec(sql, queryId, proxied(onProgress))),
    cancel: (queryId) => call(remote.cancel(queryId)),
    listTables: () => call(remote.listTables()),
    profileTable: (table) => call(remote.profileTable(table)),
    exportQuery: (sql, options, onProgress) => call(remote.exportQuery(sql, options, proxied(onProgress))),
    terminate: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
