// EngineApi on native DuckDB (@duckdb/node-api) for the headless runner and tests.
// Registered files live in a private temp directory (copies of bytes, symlinks to paths), which
// is the only directory SQL may read; the same lockdown as the WASM engine follows.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { mkdtemp, mkdir, open, readFile, rm, symlink, writeFile, realpath } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quoteIdent, quoteLiteral } from '../core/sql/quote';
import { segbookError } from '../core/errors';
import type { EngineApi, QueryResult } from './protocol';
import { asFileParseError, notRegistered, stripTrailingSemicolons, type EngineBackend, type FileData, type RunContext } from './backend';
import { createEngineApi } from './engine-api';
import { decodeRows } from './arrow';
import { readerToIpc } from './native-arrow';
import { appendArrowTable } from './native-arrow-append';
import { duckdbErrorToSegbook } from './duckdb-errors';
import type { ByteSource } from './ingest/byte-source';

export interface NativeEngineOptions {
  /** DuckDB memory_limit (e.g. '2GB'); fixed at start because the configuration is then locked. */
  memoryLimit?: string;
}

export async function createNativeEngine(options: NativeEngineOptions = {}): Promise<EngineApi & { close(): Promise<void> }> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'segbook-')));
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const sql of [
    ...(options.memoryLimit ? [`SET memory_limit = ${quoteLiteral(options.memoryLimit)}`] : []),
    'SET autoload_known_extensions = false',
    'SET autoinstall_known_extensions = false',
    `SET temp_directory = ${quoteLiteral(join(root, 'spill'))}`,
    `SET allowed_directories = [${quoteLiteral(`${root}/`)}]`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ]) {
    await conn.run(sql);
  }
  const version = String(decodeRows(await toIpc(conn, 'SELECT version()')).rows[0]?.[0] ?? '');
  const api = createEngineApi(createNativeBackend(conn, root, version));
  return {
    ...api,
    async close() {
      conn.closeSync();
      instance.closeSync();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function toIpc(conn: DuckDBConnection, sql: string): Promise<Uint8Array> {
  return readerToIpc(await conn.runAndReadAll(sql));
}

function createNativeBackend(conn: DuckDBConnection, root: string, version: string): EngineBackend {
  const files = new Map<string, { path: string; source: ByteSource }>();
  let count = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const registered = (name: string) => files.get(name) ?? failNotRegistered(name);
  const newDir = async (kind: string) => {
    const dir = join(root, kind, String(++count));
    await mkdir(dir, { recursive: true });
    return dir;
  };

  async function runNow(sql: string, ctx: RunContext): Promise<QueryResult> {
    if (ctx.signal?.aborted) throw segbookError('engine.cancelled', {}, 'cancelled', sql);
    const started = performance.now();
    const onAbort = () => conn.interrupt();
    ctx.signal?.addEventListener('abort', onAbort);
    const timer = ctx.onProgress && setInterval(() => {
      const { percentage } = conn.progress;
      ctx.onProgress!({ phase: ctx.phase ?? 'query', fraction: percentage >= 0 ? Math.min(1, percentage / 100) : null });
    }, 100);
    try {
      const reader = await conn.runAndReadAll(sql);
      const ipc = await readerToIpc(reader);
      const columns = reader.columnNames().map((name, i) => ({ name, type: reader.columnTypes()[i]!.toString() }));
      return { ipc, rowCount: reader.currentRowCount, columns, elapsedMs: performance.now() - started };
    } catch (e) {
      if (ctx.signal?.aborted) throw segbookError('engine.cancelled', {}, 'cancelled', sql);
      throw duckdbErrorToSegbook(e, sql);
    } finally {
      ctx.signal?.removeEventListener('abort', onAbort);
      if (timer) clearInterval(timer);
    }
  }

  /** Work on the connection in turn with queries (one statement at a time on one connection). */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  const run = (sql: string, ctx: RunContext = {}) => exclusive(() => runNow(sql, ctx));

  /** The appender path (flat columns); false when the table needs the JSON path. */
  const appendArrow = (table: string, ipc: Uint8Array) =>
    exclusive(async () => {
      const staging = `__segbook_stage_${++count}`;
      try {
        if (!(await appendArrowTable(conn, staging, tableFromIPC(ipc)))) return false;
        await conn.run(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
        await conn.run(`ALTER TABLE ${quoteIdent(staging)} RENAME TO ${quoteIdent(table)}`);
        return true;
      } catch (e) {
        await conn.run(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`).catch(() => undefined);
        throw duckdbErrorToSegbook(e);
      }
    });

  const backend: EngineBackend = {
    info: { engine: 'duckdb-native', duckdbVersion: version },
    run,
    async registerFile(name: string, data: FileData) {
      if (files.has(name)) await backend.dropFile(name);
      const path = join(await newDir('files'), name.replace(/[\\/]/g, '_'));
      if (data instanceof Uint8Array) await writeFile(path, data);
      else if (data instanceof Blob) await writeFile(path, new Uint8Array(await data.arrayBuffer()));
      else await symlink(await realpath(data.path), path);
      files.set(name, { path, source: fileSource(name, path) });
    },
    async dropFile(name) {
      const file = files.get(name);
      if (!file) return;
      files.delete(name);
      await rm(file.path, { force: true });
    },
    source: (name) => registered(name).source,
    sqlPath: (name) => registered(name).path,
    async writeScratch(bytes, extension) {
      const path = join(await newDir('scratch'), `data.${extension}`);
      await writeFile(path, bytes);
      return path;
    },
    async dropScratch(path) {
      await rm(path, { force: true });
    },
    async replaceTableFromArrow(table, ipc) {
      if (await appendArrow(table, ipc)) return;
      // no Arrow scan without the arrow extension: other types go through JSON with the Arrow column types
      const { columns, rows } = decodeRows(ipc);
      const objects = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, r[i]])));
      const path = await backend.writeScratch(new TextEncoder().encode(JSON.stringify(objects)), 'json');
      const spec = columns.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`).join(', ');
      try {
        await run(
          `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_json(${quoteLiteral(path)}, format = 'array', columns = {${spec}})`,
        );
      } finally {
        await backend.dropScratch(path);
      }
    },
    async replaceTableFromParquet(table, file, ctx, limit) {
      const source = `read_parquet(${quoteLiteral(registered(file).path)})`;
      await run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM ${source}${limit ? ` LIMIT ${limit}` : ''}`, {
        ...ctx,
        phase: 'parse',
      }).catch((e) => Promise.reject(asFileParseError(file, e)));
    },
    async replaceTableFromJson(table, file, ctx) {
      await run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_json(${quoteLiteral(registered(file).path)})`, {
        ...ctx,
        phase: 'parse',
      }).catch((e) => Promise.reject(asFileParseError(file, e)));
    },
    exportCsv: (sql, ctx) => copyTo(sql, 'csv', '(HEADER, DELIMITER \',\')', ctx),
    exportParquet: (sql, ctx) => copyTo(sql, 'parquet', '(FORMAT parquet)', ctx),
  };

  async function copyTo(sql: string, extension: string, options: string, ctx: RunContext): Promise<Uint8Array> {
    const out = join(await newDir('scratch'), `export.${extension}`);
    try {
      await run(`COPY (${stripTrailingSemicolons(sql)}) TO ${quoteLiteral(out)} ${options}`, ctx);
      return new Uint8Array(await readFile(out));
    } finally {
      await rm(out, { force: true });
    }
  }

  return backend;
}

function failNotRegistered(name: string): never {
  throw notRegistered(name);
}

function fileSource(name: string, path: string): ByteSource {
  return {
    name,
    size: statSync(path).size,
    async read(start, end) {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(Math.max(0, end - start));
        const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, start);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}
