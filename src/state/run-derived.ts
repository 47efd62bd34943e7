// Running a cell that builds a table from one input with settings (filter, RFM, ...): resolve
// the input, compile against its columns, materialize, run its follow-up queries (summaries,
// checks) and keep the SQL that ran for the user.
import { compileDerived, type DerivedCell } from '../core/cells/derived';
import { inputsOf } from '../core/cells/inputs';
import { SegbookFailure, isSegbookError, type SegbookError } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import type { Workbook } from '../core/workbook/types';
import { decodeRows } from '../engine/arrow';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import { describeTable, type CellResult } from './run-steps';

export type Row = Record<string, unknown>;

/** Rows of a cell's follow-up queries. A class so Svelte's $state leaves the rows unproxied. */
export class DerivedExtras {
  constructor(readonly rows: Readonly<Record<string, Row[]>>) {}
}

export async function runDerivedCell(
  engine: EngineClient, cell: DerivedCell, workbook: Workbook, queryId: string, onProgress: ProgressListener,
): Promise<CellResult & { sql: string; extras: DerivedExtras; notes: SegbookError[] }> {
  const inputs = inputsOf(cell, workbook);
  if (isSegbookError(inputs)) throw new SegbookFailure(inputs);
  const tables = [];
  for (const input of inputs) tables.push({ table: input.name, columns: (await engine.query(`SELECT * FROM ${quoteIdent(input.name)} LIMIT 0`, queryId)).columns });
  const compiled = compileDerived(cell, tables, { now: new Date(), locale: workbook.locale });
  if (isSegbookError(compiled)) throw new SegbookFailure(compiled);
  await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(cell.name)} AS ${compiled.sql}`, queryId, onProgress);
  const rows: Record<string, Row[]> = {};
  for (const [name, sql] of Object.entries(compiled.extras)) {
    const result = decodeRows((await engine.query(sql, queryId)).ipc);
    rows[name] = result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c.name, row[i]])));
  }
  return { ...(await describeTable(engine, cell.name)), sql: compiled.sql, extras: new DerivedExtras(rows), notes: compiled.notes };
}
