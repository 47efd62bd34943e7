// Runs a whole workbook outside the browser, with the browser's semantics: cells in
// dependency order, each result materialized as the table named by the cell, a failure
// blocks everything downstream, graph issues (cycles, unknown names) are errors.
import { openAsBlob } from 'node:fs';
import { resolve } from 'node:path';
import { compileCell, validateCell } from '../core/cells/registry';
import { isSegbookError, toSegbookError, segbookError, type SegbookError } from '../core/errors';
import { analyzeWorkbook, blockedReason } from '../core/graph';
import { quoteIdent } from '../core/sql/quote';
import { diffFingerprint, type FingerprintDiff } from '../core/workbook/fingerprint';
import type { ColumnInfo } from '../core/workbook/import-options';
import { compileDerived, isDerivedCell, type DerivedCell } from '../core/cells/derived';
import { inputsOf, singleInputOf } from '../core/cells/inputs';
import { CHART_DATASET } from '../core/charts/compile-spec';
import { runChart, type RunQuery } from '../core/charts/run-chart';
import { runClusterHeadless } from './run-cluster';
import type { Cell, CellId, CellKind, ChartCell, ClusterCell, SourceCell, SourceFingerprint, SqlCell, Workbook } from '../core/workbook/types';
import { decodeRows } from '../engine/arrow';
import { createNativeEngine } from '../engine/node';
import type { EngineApi, EngineInfo } from '../engine/protocol';
import { dataKeys, fingerprintOf, locateSourceFile, type LocatedFile } from './source-files';

export type HeadlessStatus = 'done' | 'error' | 'blocked' | 'skipped';

export interface HeadlessCellResult {
  id: CellId;
  name: string;
  kind: CellKind;
  status: HeadlessStatus;
  rowCount?: number;
  columns?: ColumnInfo[];
  elapsedMs?: number;
  /** Why the cell failed, is blocked, or (empty SQL) was skipped. */
  error?: SegbookError;
  /** Source cells: the file read and its fingerprint now. */
  file?: string;
  fingerprint?: SourceFingerprint;
  /** Chart cells: the Vega-Lite spec with its rows inline. */
  chart?: Record<string, unknown>;
}

export type HeadlessWarning =
  /** The attached file is not the one the workbook was saved with; the run goes on. */
  | { kind: 'sourceMismatch'; cell: string; file: string; diffs: FingerprintDiff[] }
  /** A `data` entry that matches no source id, cell name or file name. */
  | { kind: 'unusedData'; key: string };

export interface RunWorkbookOptions {
  /** Data files by source id, source cell name or source file name. */
  data?: Record<string, string>;
  /** Directory that same-origin source URLs resolve against (default ./public). */
  base?: string;
  /** Engine to run on; default a fresh native DuckDB, closed afterwards. */
  engine?: EngineApi;
  /** Called as each cell finishes, in run order. */
  onCell?: (result: HeadlessCellResult) => void;
}

export interface RunWorkbookReport {
  /** One result per cell, in notebook order. */
  cells: HeadlessCellResult[];
  warnings: HeadlessWarning[];
  engine: EngineInfo;
  elapsedMs: number;
}

const FAILED: HeadlessStatus[] = ['error', 'blocked'];

export async function runWorkbook(workbook: Workbook, options: RunWorkbookOptions = {}): Promise<RunWorkbookReport> {
  const started = performance.now();
  const owned = options.engine ? null : await createNativeEngine();
  const engine = options.engine ?? owned!;
  try {
    const info = await engine.start();
    const ctx: RunContext = { engine, info, workbook, data: options.data ?? {}, base: resolve(options.base ?? 'public'), warnings: [] };
    const results = new Map<CellId, HeadlessCellResult>();
    const finish = (result: HeadlessCellResult) => {
      results.set(result.id, result);
      options.onCell?.(result);
    };
    const analysis = analyzeWorkbook(workbook);
    // tables that will not exist: downstream cells are blocked by these
    const unavailable = new Set<CellId>();
    for (const id of analysis.order) {
      const cell = workbook.cells.find((c) => c.id === id)!;
      const issue = analysis.issues.get(id);
      const blocked = issue ? null : blockedReason(analysis, id, unavailable);
      const result = issue
        ? failed(cell, 'error', issue)
        : blocked
          ? failed(cell, 'blocked', blocked)
          : await runCell(ctx, cell);
      if (FAILED.includes(result.status) || (result.status === 'skipped' && cell.kind === 'sql')) unavailable.add(id);
      finish(result);
    }
    // cells on a cycle are never in the run order: they fail with their issue
    for (const cell of workbook.cells) {
      if (!results.has(cell.id)) finish(failed(cell, 'error', analysis.issues.get(cell.id) ?? segbookError('cell.cycle', { cycle: cell.name })));
    }
    const used = new Set(workbook.cells.flatMap((c) => (c.kind === 'source' ? sourceKeys(workbook, c) : [])));
    for (const key of Object.keys(ctx.data)) if (!used.has(key)) ctx.warnings.push({ kind: 'unusedData', key });
    return {
      cells: workbook.cells.map((c) => results.get(c.id)!),
      warnings: ctx.warnings,
      engine: info,
      elapsedMs: performance.now() - started,
    };
  } finally {
    await owned?.close();
  }
}

interface RunContext {
  engine: EngineApi;
  info: EngineInfo;
  workbook: Workbook;
  data: Record<string, string>;
  base: string;
  warnings: HeadlessWarning[];
}

const base = (cell: Cell) => ({ id: cell.id, name: cell.name, kind: cell.kind });
const failed = (cell: Cell, status: 'error' | 'blocked', error: SegbookError): HeadlessCellResult => ({ ...base(cell), status, error });

function sourceKeys(workbook: Workbook, cell: SourceCell): string[] {
  const source = workbook.sources.find((s) => s.id === cell.settings.source);
  return source ? dataKeys(source, cell) : [];
}

async function runCell(ctx: RunContext, cell: Cell): Promise<HeadlessCellResult> {
  if (cell.kind === 'markdown') return { ...base(cell), status: 'skipped' };
  const started = performance.now();
  try {
    const result = cell.kind === 'sql' ? await runSqlCell(ctx, cell)
      : cell.kind === 'chart' ? await runChartCell(ctx, cell)
      : isDerivedCell(cell) ? await runDerivedCell(ctx, cell)
      : cell.kind === 'cluster' ? await runClusterCell(ctx, cell)
      : await runSourceCell(ctx, cell);
    return { ...base(cell), ...result, elapsedMs: performance.now() - started };
  } catch (cause) {
    return { ...base(cell), status: 'error', error: errorOf(cause), elapsedMs: performance.now() - started };
  }
}

type Outcome = Omit<HeadlessCellResult, 'id' | 'name' | 'kind'>;

async function runSqlCell(ctx: RunContext, cell: SqlCell): Promise<Outcome> {
  const invalid = validateCell(cell, ctx.workbook);
  // an empty cell is not an error in the notebook (it is unfinished), but it has no table
  if (invalid?.code === 'cell.emptySql') return { status: 'skipped', error: invalid };
  if (invalid) throw invalid;
  const compiled = compileCell(cell)!;
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(cell.name)} AS ${compiled.sql}`, `cell-${cell.id}`);
  return { status: 'done', ...(await describeTable(ctx.engine, cell.name)) };
}

/** A chart's drawing: its Vega-Lite spec with the rows inlined, so it renders anywhere (vega-embed, the Vega editor). */
async function runChartCell(ctx: RunContext, cell: ChartCell): Promise<Outcome> {
  const input = singleInputOf(cell, ctx.workbook);
  if (isSegbookError(input)) throw input;
  const head = await ctx.engine.query(`SELECT * FROM ${quoteIdent(input.name)} LIMIT 0`);
  const query: RunQuery = async (sql) => decodeRows((await ctx.engine.query(sql, `cell-${cell.id}`)).ipc);
  const output = await runChart(cell.settings, { table: input.name, columns: head.columns }, query);
  const { datasets: _ignored, ...spec } = output.spec;
  // the rows go inline where the spec reads the chart's dataset; a spec with its own data keeps it
  const ownData = spec.data !== undefined && (spec.data as { name?: string }).name !== CHART_DATASET;
  const chart = { ...spec, data: ownData ? spec.data : { values: output.rows } };
  return { status: 'done', rowCount: output.rows.length, chart };
}

async function runDerivedCell(ctx: RunContext, cell: DerivedCell): Promise<Outcome> {
  const inputs = inputsOf(cell, ctx.workbook);
  if (isSegbookError(inputs)) throw inputs;
  const tables = [];
  for (const input of inputs) tables.push({ table: input.name, columns: (await ctx.engine.query(`SELECT * FROM ${quoteIdent(input.name)} LIMIT 0`)).columns });
  const compiled = compileDerived(cell, tables, { now: new Date(), locale: ctx.workbook.locale });
  if (isSegbookError(compiled)) throw compiled;
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(cell.name)} AS ${compiled.sql}`, `cell-${cell.id}`);
  return { status: 'done', ...(await describeTable(ctx.engine, cell.name)) };
}

async function runClusterCell(ctx: RunContext, cell: ClusterCell): Promise<Outcome> {
  const input = singleInputOf(cell, ctx.workbook);
  if (isSegbookError(input)) throw input;
  const result = await runClusterHeadless(ctx.engine, cell, input.name, ctx.workbook.locale);
  if (isSegbookError(result)) throw result;
  return { status: 'done', ...(await describeTable(ctx.engine, cell.name)) };
}

async function describeTable(engine: EngineApi, name: string): Promise<{ rowCount: number; columns: ColumnInfo[] }> {
  const table = quoteIdent(name);
  const count = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
  const head = await engine.query(`SELECT * FROM ${table} LIMIT 0`);
  return { rowCount: Number(decodeRows(count.ipc).rows[0]?.[0] ?? 0), columns: head.columns };
}

async function runSourceCell(ctx: RunContext, cell: SourceCell): Promise<Outcome> {
  const invalid = validateCell(cell, ctx.workbook);
  if (invalid) throw invalid;
  const source = ctx.workbook.sources.find((s) => s.id === cell.settings.source)!;
  const file = await locateSourceFile(source, cell, ctx.workbook, ctx.data, ctx.base);
  if (isSegbookError(file)) throw file;
  await ctx.engine.registerFile(file.name, await fileData(ctx.info, file));
  try {
    const imported = await ctx.engine.importFile({ file: file.name, table: cell.name, options: source.options }, `cell-${cell.id}`);
    const fingerprint = await fingerprintOf(file, imported.rowCount, imported.columns);
    const saved = source.fingerprint;
    // Same bytes with other columns only means the import options changed since saving: not worth a warning.
    if (saved && (saved.size !== fingerprint.size || saved.sampleHash !== fingerprint.sampleHash)) {
      ctx.warnings.push({ kind: 'sourceMismatch', cell: cell.name, file: filePath(file), diffs: diffFingerprint(saved, fingerprint) });
    }
    return { status: 'done', rowCount: imported.rowCount, columns: imported.columns, file: filePath(file), fingerprint };
  } finally {
    // the table is materialized; the registration (a full copy in WASM memory) is no longer needed
    await ctx.engine.dropFile(file.name).catch(() => undefined);
  }
}

const filePath = (file: LocatedFile) => (file.kind === 'path' ? file.path : `${file.name} (embedded)`);

/** Native DuckDB reads a path in place; the WASM engine needs the bytes (a Blob read once). */
async function fileData(info: EngineInfo, file: LocatedFile): Promise<File | Uint8Array | { path: string }> {
  if (file.kind === 'bytes') return file.bytes;
  return info.engine === 'duckdb-native' ? { path: file.path } : new File([await openAsBlob(file.path)], file.name);
}

/** SegbookFailure (page-side wrapper), SegbookError or anything thrown -> plain error data. */
function errorOf(cause: unknown): SegbookError {
  const inner = cause && typeof cause === 'object' && 'error' in cause ? (cause as { error: unknown }).error : cause;
  return toSegbookError(inner);
}
