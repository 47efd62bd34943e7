// The one interface the rest of Segbook uses to talk to a database.
// Implemented by the DuckDB-WASM worker (browser, via comlink) and by native
// DuckDB (@duckdb/node-api) for the headless runner and tests.
// Everything crossing it is plain structured-clone data: Arrow data travels
// as IPC bytes, errors as SegbookError objects (see core/errors.ts).

import type { ColumnInfo, ImportOptions } from '../core/workbook/import-options';
export type * from '../core/workbook/import-options';

/** What the engine found out about a file before importing it; every field is overridable. */
export interface FileSniff {
  file: string;
  size: number;
  detected: ImportOptions; // format, and csv dialect + encoding, or xlsx sheet
  sheets?: string[]; // xlsx only
  columns: ColumnInfo[]; // as they would be imported with `detected`
  previewRows: unknown[][]; // first rows (<= 20), JSON-safe values
}

export interface ImportRequest {
  file: string; // name given to registerFile
  table: string; // target table name (unquoted; the engine quotes it)
  options: ImportOptions;
}

export interface ImportResult {
  table: string;
  rowCount: number;
  columns: ColumnInfo[];
  elapsedMs: number;
}

export interface QueryResult {
  /** Arrow IPC stream bytes; decode with apache-arrow tableFromIPC. */
  ipc: Uint8Array;
  rowCount: number;
  columns: ColumnInfo[];
  elapsedMs: number;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
}

export interface ColumnProfile {
  name: string;
  type: string;
  nullCount: number;
  distinctEstimate: number; // approx_count_distinct
  min: string | null; // rendered as text so every type fits
  max: string | null;
}

export interface TableProfile {
  table: string;
  rowCount: number;
  columns: ColumnProfile[];
}

export interface Progress {
  /** 0..1 when known, null when indeterminate. */
  fraction: number | null;
  /** Free text detail: "12.3 MB of 45 MB", "transcoding from EUC-KR". Not translated. */
  detail?: string;
  phase: 'read' | 'transcode' | 'parse' | 'query' | 'export';
}

export type ProgressListener = (p: Progress) => void;

export interface EngineInfo {
  engine: 'duckdb-wasm' | 'duckdb-native';
  duckdbVersion: string;
}

export interface ExportOptions {
  format: 'csv' | 'parquet';
  /** CSV only: prefix a UTF-8 BOM so Excel opens Korean text correctly. */
  bom?: boolean;
}

export interface EngineApi {
  start(): Promise<EngineInfo>;

  /** Make a file readable by name. Browser: a File (read on demand, not copied). Node: bytes or a path. */
  registerFile(name: string, data: File | Uint8Array | { path: string }): Promise<void>;
  dropFile(name: string): Promise<void>;
  sniffFile(name: string): Promise<FileSniff>;
  /** Create (or replace) `table` from a registered file. Cancel with `cancel(queryId)`. */
  importFile(req: ImportRequest, queryId?: string, onProgress?: ProgressListener): Promise<ImportResult>;
  /**
   * Create (or replace) `table` from Arrow IPC stream bytes, e.g. results computed in another
   * worker. The page's client transfers the bytes to the engine's worker: the caller gives up `ipc`.
   * A `queryId` lets `cancel` refuse the import before it starts (it is not interrupted once under way).
   */
  importArrow(table: string, ipc: Uint8Array, queryId?: string): Promise<ImportResult>;

  /** Run SQL; the full result comes back as Arrow IPC. Use LIMIT/OFFSET for grids. */
  query(sql: string, queryId?: string, onProgress?: ProgressListener): Promise<QueryResult>;
  /** Run statements with no result needed (CREATE TABLE AS, DROP ...). */
  exec(sql: string, queryId?: string, onProgress?: ProgressListener): Promise<void>;
  /** Cancel the query or import started with this id; resolves false if nothing was running. */
  cancel(queryId: string): Promise<boolean>;

  listTables(): Promise<TableInfo[]>;
  profileTable(table: string): Promise<TableProfile>;
  /** Export the full result of `sql` as file bytes. */
  exportQuery(sql: string, options: ExportOptions, onProgress?: ProgressListener): Promise<Uint8Array>;
}
