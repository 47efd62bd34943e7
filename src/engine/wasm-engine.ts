// EngineApi on DuckDB-WASM's blocking bindings. The same code runs in the browser worker
// (duckdb-browser-blocking) and in Node tests (duckdb-node-blocking); the caller instantiates
// the bindings and passes them in, with a Parquet codec (DuckDB's reader is an extension).

import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { quoteIdent, quoteLiteral } from '../core/sql/quote';
import type { EngineApi } from './protocol';
import { asFileParseError, notRegistered, stripTrailingSemicolons, type EngineBackend, type FileData, type RunContext } from './backend';
import { createEngineApi } from './engine-api';
import { createWasmRunner, nextTick, type ProgressRuntime } from './wasm-run';
import { blobSource, bytesSource, readAll, throwIfAborted, type ByteSource } from './ingest/byte-source';
import { parquetRowGroupRows } from './ingest/parquet-footer';
import { isNdjson, ndjsonToArray } from './ingest/json-lines';

export interface ParquetCodec {
  /** Parquet file bytes -> Arrow IPC stream bytes (first `limit` rows when given). */
  readParquet(bytes: Uint8Array, limit?: number): Uint8Array;
  /** One row group (0-based) of Parquet file bytes -> Arrow IPC stream bytes. */
  readRowGroup(bytes: Uint8Array, index: number): Uint8Array;
  /** Arrow IPC stream bytes -> Parquet file bytes. */
  writeParquet(ipc: Uint8Array): Uint8Array;
}

export interface WasmEngineDeps {
  db: DuckDBBindings; // instantiated, not yet opened
  runtime: ProgressRuntime;
  /** Loaded on first Parquet use, so start-up does not pay for a second 5 MB wasm. */
  parquet: () => Promise<ParquetCodec>;
  /** DuckDBDataProtocol.BROWSER_FILEREADER where Files can be read on demand (browser workers). */
  fileReaderProtocol?: number;
  /** DuckDB memory_limit (e.g. '2GB'); fixed at start because the configuration is then locked. */
  memoryLimit?: string;
}

const ROOT = '/segbook/';

/** Settings applied at start; the last one freezes them so workbook SQL cannot undo them. */
const LOCKDOWN = [
  'SET autoload_known_extensions = false',
  'SET autoinstall_known_extensions = false',
  'SET enable_progress_bar = true',
  // progress reaches us through the print hook (BROWSER_RUNTIME.progressUpdate), so printing stays on
  `SET allowed_directories = ['${ROOT}']`, // registered files live under /segbook/
  'SET enable_external_access = false', // no http(s)/s3 URLs, no other paths, no extension loading
  'SET lock_configuration = true',
];

export async function createWasmEngine(deps: WasmEngineDeps): Promise<EngineApi> {
  const { db } = deps;
  db.open({});
  const runner = createWasmRunner(db, deps.runtime);
  const memory = deps.memoryLimit ? [`SET memory_limit = ${quoteLiteral(deps.memoryLimit)}`] : [];
  for (const sql of [...memory, ...LOCKDOWN]) await runner.run(sql);
  return createEngineApi(createWasmBackend(deps, runner));
}

function createWasmBackend(deps: WasmEngineDeps, runner: ReturnType<typeof createWasmRunner>): EngineBackend {
  const { db } = deps;
  const { conn, run, exclusive } = runner;
  let parquetCodec: Promise<ParquetCodec> | null = null;
  const parquet = () => (parquetCodec ??= deps.parquet());
  const files = new Map<string, { path: string; source: ByteSource }>();
  let scratchCount = 0;

  const registered = (name: string) => {
    const file = files.get(name);
    if (!file) throw notRegistered(name);
    return file;
  };

  /** Fills a staging table with bindings calls, then swaps it in; queued like any query. */
  function replaceTable(table: string, file: string, fill: (staging: string) => void | Promise<void>): Promise<void> {
    return exclusive(async () => {
      const staging = `__segbook_stage_${++scratchCount}`;
      try {
        await fill(staging);
      } catch (e) {
        try {
          db.runQuery(conn, `DROP TABLE IF EXISTS ${staging}`);
        } catch {
          /* the fill's error is the one to report */
        }
        throw asFileParseError(file, e);
      }
      db.runQuery(conn, `DROP TABLE IF EXISTS ${quoteIdent(table)}`);
      db.runQuery(conn, `ALTER TABLE ${staging} RENAME TO ${quoteIdent(table)}`);
    });
  }

  /** One row group at a time: progress per group, cancel between groups, one group's Arrow in memory. */
  async function fillFromRowGroups(staging: string, codec: ParquetCodec, bytes: Uint8Array, groups: number[], ctx: RunContext) {
    const total = groups.reduce((a, b) => a + b, 0);
    let done = 0;
    for (let i = 0; i < groups.length; i++) {
      throwIfAborted(ctx.signal);
      db.insertArrowFromIPCStream(conn, codec.readRowGroup(bytes, i), { name: staging, create: i === 0 });
      done += groups[i]!;
      ctx.onProgress?.({ phase: 'parse', fraction: total > 0 ? done / total : 1, detail: `row group ${i + 1} of ${groups.length}` });
      await nextTick(); // lets a cancel message reach the worker
    }
  }

  const backend: EngineBackend = {
    info: { engine: 'duckdb-wasm', duckdbVersion: db.getVersion() },
    run,
    async registerFile(name: string, data: FileData) {
      if (files.has(name)) await backend.dropFile(name);
      // one directory per registration: the web FS globs registered names loosely, so 'a.csv' also
      // matched 'a.csv.gz' (and read both) when they shared a directory
      const path = `${ROOT}files/${++scratchCount}/${name.replace(/[\\/]/g, '_')}`;
      if (data instanceof Uint8Array) {
        db.registerFileBuffer(path, data.slice());
        files.set(name, { path, source: bytesSource(name, data) });
      } else if (data instanceof Blob) {
        if (deps.fileReaderProtocol !== undefined) db.registerFileHandle(path, data, deps.fileReaderProtocol, true);
        else db.registerFileBuffer(path, new Uint8Array(await data.arrayBuffer())); // Node has no FileReaderSync
        files.set(name, { path, source: blobSource(name, data) });
      } else {
        throw notRegistered(name); // paths are for the native engine
      }
    },
    async dropFile(name) {
      const file = files.get(name);
      if (!file) return;
      db.dropFile(file.path);
      files.delete(name);
    },
    source: (name) => registered(name).source,
    sqlPath: (name) => registered(name).path,
    async writeScratch(bytes, extension) {
      const path = `${ROOT}scratch/${++scratchCount}/data.${extension}`;
      db.registerFileBuffer(path, bytes);
      return path;
    },
    async dropScratch(path) {
      db.dropFile(path);
    },
    replaceTableFromArrow: (table, ipc) =>
      replaceTable(table, table, (staging) => db.insertArrowFromIPCStream(conn, ipc, { name: staging, create: true })),
    async replaceTableFromParquet(table, file, ctx, limit) {
      ctx.onProgress?.({ phase: 'read', fraction: null, detail: file });
      const bytes = await readAll(registered(file).source, ctx.signal);
      const codec = await parquet();
      const groups = limit === undefined ? rowGroupsOf(bytes) : null;
      if (groups && groups.length > 1) {
        await replaceTable(table, file, (staging) => fillFromRowGroups(staging, codec, bytes, groups, ctx));
        return;
      }
      let ipc: Uint8Array;
      try {
        ipc = codec.readParquet(bytes, limit);
      } catch (e) {
        throw asFileParseError(file, e);
      }
      ctx.onProgress?.({ phase: 'parse', fraction: null, detail: file });
      await replaceTable(table, file, (staging) => db.insertArrowFromIPCStream(conn, ipc, { name: staging, create: true }));
    },
    async replaceTableFromJson(table, file, ctx) {
      const { source, path } = registered(file);
      const ndjson = isNdjson(await source.read(0, Math.min(source.size, 4096)));
      const readable = ndjson ? await backend.writeScratch(ndjsonToArray(await readAll(source, ctx.signal)), 'json') : path;
      try {
        await replaceTable(table, file, (staging) => db.insertJSONFromPath(conn, readable, { name: staging }));
      } finally {
        if (ndjson) await backend.dropScratch(readable);
      }
    },
    async exportCsv(sql, ctx) {
      const out = `${ROOT}scratch/${++scratchCount}/export.csv`;
      db.registerFileBuffer(out, new Uint8Array());
      try {
        // USE_TMP_FILE false: the default writes a temp file and renames it, which the virtual FS lacks
        await run(`COPY (${stripTrailingSemicolons(sql)}) TO ${quoteLiteral(out)} (HEADER, DELIMITER ',', USE_TMP_FILE false)`, ctx);
        return await exclusive(() => db.copyFileToBuffer(out));
      } finally {
        db.dropFile(out);
      }
    },
    async exportParquet(sql, ctx: RunContext) {
      const result = await run(stripTrailingSemicolons(sql), ctx);
      return (await parquet()).writeParquet(result.ipc);
    },
  };
  return backend;
}

/** Rows per row group, or null when the footer cannot be read (the full reader then names the problem). */
function rowGroupsOf(bytes: Uint8Array): number[] | null {
  try {
    return parquetRowGroupRows(bytes);
  } catch {
    return null;
  }
}
