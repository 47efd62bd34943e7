// What running one cell means, per kind, against the engine. No Svelte state here:
// the run controller owns statuses; these functions only talk to the engine.
import { compileCell, validateCell } from '../core/cells/registry';
import { SegbookFailure } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import { sampleHash } from '../core/workbook/fingerprint';
import type { ColumnInfo } from '../core/workbook/import-options';
import type { Source, SourceFingerprint, SqlCell, Workbook } from '../core/workbook/types';
import { decodeRows } from '../engine/arrow';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';

export interface CellResult {
  rowCount: number;
  columns: ColumnInfo[];
}

/** Materialize a SQL cell as the table named by the cell. */
export async function runSqlCell(
  engine: EngineClient, cell: SqlCell, workbook: Workbook, queryId: string, onProgress: ProgressListener,
): Promise<CellResult | null> {
  if (cell.settings.sql.trim() === '') return null;
  const invalid = validateCell(cell, workbook);
  if (invalid) throw new SegbookFailure(invalid);
  const compiled = compileCell(cell);
  if (!compiled || compiled.sql.trim() === '') return null;
  const table = quoteIdent(cell.name);
  await engine.exec(`CREATE OR REPLACE TABLE ${table} AS ${compiled.sql}`, queryId, onProgress);
  return describeTable(engine, cell.name);
}

export async function describeTable(engine: EngineClient, name: string): Promise<CellResult> {
  const table = quoteIdent(name);
  const count = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
  const rowCount = Number(decodeRows(count.ipc).rows[0]?.[0] ?? 0);
  const head = await engine.query(`SELECT * FROM ${table} LIMIT 0`);
  return { rowCount, columns: head.columns };
}

/** Import a registered file into `table` and fingerprint it. */
export async function importSource(
  engine: EngineClient, file: File, registeredName: string, table: string, source: Pick<Source, 'options'>,
  queryId: string, onProgress: ProgressListener,
): Promise<CellResult & { fingerprint: SourceFingerprint }> {
  const result = await engine.importFile({ file: registeredName, table, options: source.options }, queryId, onProgress);
  const fingerprint = await fingerprintFile(file, result.rowCount, result.columns);
  return { rowCount: result.rowCount, columns: result.columns, fingerprint };
}

export async function fingerprintFile(file: File, rowCount: number, columns: ColumnInfo[]): Promise<SourceFingerprint> {
  const hash = await sampleHash(file.size, async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()));
  return { size: file.size, rowCount, columns, sampleHash: hash };
}

export function sameFingerprint(a: SourceFingerprint | undefined, b: SourceFingerprint): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
