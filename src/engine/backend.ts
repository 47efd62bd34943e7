// What a DuckDB build must provide so engine-api.ts can implement EngineApi once for both
// DuckDB-WASM (browser worker, Node tests) and native DuckDB (headless runner, tests).

import type { EngineInfo, Progress, ProgressListener, QueryResult } from './protocol';
import type { ByteSource } from './ingest/byte-source';
import { segbookError, type SegbookError } from '../core/errors';
import { duckdbErrorToSegbook } from './duckdb-errors';

export interface RunContext {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  phase?: Progress['phase'];
}

export type FileData = File | Blob | Uint8Array | { path: string };

export interface EngineBackend {
  readonly info: EngineInfo;
  /** Run one SQL statement; the whole result as Arrow IPC stream bytes. Rejects with SegbookError. */
  run(sql: string, ctx?: RunContext): Promise<QueryResult>;

  registerFile(name: string, data: FileData): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Bytes of a registered file (for detection, transcoding, xlsx/parquet readers). */
  source(name: string): ByteSource;
  /** The path SQL uses to read a registered file. */
  sqlPath(name: string): string;
  /** Register scratch bytes (transcoded CSV, rewritten JSON); returns its SQL path. */
  writeScratch(bytes: Uint8Array, extension: string): Promise<string>;
  dropScratch(path: string): Promise<void>;

  /** Create or replace `table` (unquoted name) from Arrow IPC stream bytes. */
  replaceTableFromArrow(table: string, ipc: Uint8Array): Promise<void>;
  /** `limit` reads only the first rows (for previews). */
  replaceTableFromParquet(table: string, file: string, ctx: RunContext, limit?: number): Promise<void>;
  /** The file holds a JSON array of objects or NDJSON. */
  replaceTableFromJson(table: string, file: string, ctx: RunContext): Promise<void>;

  exportCsv(sql: string, ctx: RunContext): Promise<Uint8Array>;
  exportParquet(sql: string, ctx: RunContext): Promise<Uint8Array>;
}

export function notRegistered(file: string): SegbookError {
  return segbookError('engine.internal', { detail: `file not registered: ${file}`, file });
}

/** COPY (...) and other wrappers need the bare statement. */
export function stripTrailingSemicolons(sql: string): string {
  return sql.replace(/[\s;]+$/, '');
}

/**
 * A reader's failure on a file's content is the file's problem, not the SQL's; running out of
 * memory, a cancel or a blocked access stay what they are (the file is fine).
 */
export function asFileParseError(file: string, error: unknown): SegbookError {
  const mapped = duckdbErrorToSegbook(error);
  if (mapped.code !== 'engine.sql' && mapped.code !== 'engine.internal') return mapped;
  const detail = String(mapped.params.detail ?? mapped.message);
  return segbookError('file.parse', { file, detail }, mapped.message);
}
