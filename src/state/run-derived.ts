// Running a cell that builds a table from one input with settings (filter, ...): resolve the
// input, compile against its columns, materialize, and keep the SQL that ran for the user.
import { compileDerived, type DerivedCell } from '../core/cells/derived';
import { singleInputOf } from '../core/cells/inputs';
import { SegbookFailure, isSegbookError } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import type { Workbook } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import { describeTable, type CellResult } from './run-steps';

export async function runDerivedCell(
  engine: EngineClient, cell: DerivedCell, workbook: Workbook, queryId: string, onProgress: ProgressListener,
): Promise<CellResult & { sql: string }> {
  const input = singleInputOf(cell, workbook);
  if (isSegbookError(input)) throw new SegbookFailure(input);
  const head = await engine.query(`SELECT * FROM ${quoteIdent(input.name)} LIMIT 0`, queryId);
  const compiled = compileDerived(cell, { table: input.name, columns: head.columns }, { now: new Date() });
  if (isSegbookError(compiled)) throw new SegbookFailure(compiled);
  await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(cell.name)} AS ${compiled.sql}`, queryId, onProgress);
  return { ...(await describeTable(engine, cell.name)), sql: compiled.sql };
}
