// Running a chart cell in the app: resolve its input table, run the chart's queries in the
// worker (cancellable under the cell's query id) and keep the drawing for the chart view.
import { singleInputOf } from '../core/cells/inputs';
import { SegbookFailure, isSegbookError } from '../core/errors';
import { runChart, type ChartOutput, type RunQuery } from '../core/charts/run-chart';
import { quoteIdent } from '../core/sql/quote';
import type { ColumnInfo } from '../core/workbook/import-options';
import type { ChartCell, Workbook } from '../core/workbook/types';
import { decodeRows } from '../engine/arrow';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import type { CellResult } from './run-steps';

/**
 * The drawing of a chart cell. A class, not a plain object, so Svelte's $state leaves it
 * unproxied: Vega reads (and tags) thousands of row objects, which must stay plain.
 */
export class ChartDrawing {
  constructor(readonly output: ChartOutput, readonly inputName: string, readonly inputColumns: ColumnInfo[]) {}
}

export async function runChartCell(
  engine: EngineClient, cell: ChartCell, workbook: Workbook, queryId: string, onProgress: ProgressListener,
): Promise<CellResult & { chart: ChartDrawing }> {
  const input = singleInputOf(cell, workbook);
  if (isSegbookError(input)) throw new SegbookFailure(input);
  const head = await engine.query(`SELECT * FROM ${quoteIdent(input.name)} LIMIT 0`, queryId);
  const query: RunQuery = async (sql) => decodeRows((await engine.query(sql, queryId, onProgress)).ipc);
  const output = await runChart(cell.settings, { table: input.name, columns: head.columns }, query);
  return { rowCount: output.rows.length, columns: head.columns, chart: new ChartDrawing(output, input.name, head.columns) };
}
