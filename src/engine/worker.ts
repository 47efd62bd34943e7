// The DuckDB Web Worker: DuckDB-WASM (blocking bindings, eh bundle) behind comlink.
// Wasm files are imported with ?url so Vite serves them from our own origin, never a CDN.
// Every failure crosses to the page as a plain SegbookError object (comlink clones non-Error throws).

import * as Comlink from 'comlink';
import * as duckdb from '@duckdb/duckdb-wasm/browser-blocking';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { segbookError, toSegbookError } from '../core/errors';
import type { EngineApi, ProgressListener } from './protocol';
import { createWasmEngine } from './wasm-engine';
import { parquetCodec } from './parquet-codec';

let engine: Promise<EngineApi> | null = null;

async function loadParquet() {
  const parquetWasm = await import('parquet-wasm/esm');
  await parquetWasm.default({ module_or_path: parquetWasmUrl });
  return parquetCodec(parquetWasm);
}

async function startEngine(): Promise<EngineApi> {
  try {
    // eh only: every browser we support has wasm exceptions; mvp would be a second 30 MB download
    const bundle = { mainModule: duckdbWasmUrl, mainWorker: '' };
    const db = await duckdb.createDuckDB({ mvp: bundle, eh: bundle }, new duckdb.VoidLogger(), duckdb.BROWSER_RUNTIME);
    await db.instantiate(() => {});
    return await createWasmEngine({
      db,
      runtime: duckdb.BROWSER_RUNTIME,
      parquet: loadParquet,
      fileReaderProtocol: duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
    });
  } catch (e) {
    throw segbookError('engine.start', { detail: toSegbookError(e).message }, toSegbookError(e).message);
  }
}

function ready(): Promise<EngineApi> {
  engine ??= startEngine();
  return engine;
}

/** Progress listeners arrive as comlink proxies: fire and forget, release when the call ends. */
async function withProgress<T>(onProgress: ProgressListener | undefined, work: (p?: ProgressListener) => Promise<T>): Promise<T> {
  const listener: ProgressListener | undefined = onProgress && ((p) => void Promise.resolve(onProgress(p)).catch(() => {}));
  try {
    return await work(listener);
  } finally {
    (onProgress as Partial<Comlink.ProxyMethods> | undefined)?.[Comlink.releaseProxy]?.();
  }
}

const api: EngineApi = {
  start: async () => (await ready()).start(),
  registerFile: async (name, data) => (await ready()).registerFile(name, data),
  dropFile: async (name) => (await ready()).dropFile(name),
  sniffFile: async (name) => (await ready()).sniffFile(name),
  importFile: async (req, queryId, onProgress) => {
    const e = await ready();
    return withProgress(onProgress, (p) => e.importFile(req, queryId, p));
  },
  importArrow: async (table, ipc, queryId) => (await ready()).importArrow(table, ipc, queryId),
  query: async (sql, queryId, onProgress) => {
    const e = await ready();
    const result = await withProgress(onProgress, (p) => e.query(sql, queryId, p));
    return Comlink.transfer(result, [result.ipc.buffer]);
  },
  exec: async (sql, queryId, onProgress) => {
    const e = await ready();
    return withProgress(onProgress, (p) => e.exec(sql, queryId, p));
  },
  cancel: async (queryId) => (await ready()).cancel(queryId),
  listTables: async () => (await ready()).listTables(),
  profileTable: async (table) => (await ready()).profileTable(table),
  exportQuery: async (sql, options, onProgress) => {
    const e = await ready();
    const bytes = await withProgress(onProgress, (p) => e.exportQuery(sql, options, p));
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
};

Comlink.expose(api);
