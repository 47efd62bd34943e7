// Resolving the chosen inputs of cells that do not derive them from SQL. Separate from each
// kind's folder because it needs the registry, which imports those folders.

import { segbookError, type SegbookError } from '../errors';
import type { Cell, CellId, Workbook } from '../workbook/types';
import { CELL_KINDS } from './registry';

/** The table-producing cell a single-input cell (chart, filter, ...) reads, or why there is none. */
export function singleInputOf(cell: Cell, wb: Workbook): Cell | SegbookError {
  const input = wb.cells.find((c) => c.id === cell.inputs[0]);
  if (!input || !CELL_KINDS[input.kind].producesTable) return segbookError('cell.noInput', { name: cell.name });
  return input;
}

/** Every table-producing cell a multi-input cell (join) reads, in order, or why one is missing. */
export function inputsOf(cell: Cell, wb: Workbook): Cell[] | SegbookError {
  const inputs = cell.inputs.map((id) => wb.cells.find((c) => c.id === id));
  if (inputs.length === 0 || inputs.some((c) => !c || !CELL_KINDS[c.kind].producesTable)) return segbookError('cell.noInput', { name: cell.name });
  return inputs as Cell[];
}

/** Cells above `id` whose table a chart (or any single-input cell) could read, nearest first. */
export function tableCellsAbove(wb: Workbook, id: string): Cell[] {
  const index = wb.cells.findIndex((c) => c.id === id);
  return wb.cells.slice(0, index < 0 ? wb.cells.length : index).filter((c) => CELL_KINDS[c.kind].producesTable).reverse();
}

/**
 * Whether an edited cell may rerun on its own: it has inputs and every one is up to date (a join
 * reads several; one stale input would give a stale or failed join). Else the user runs it, and
 * the run brings its inputs up to date first.
 */
export function readyToRerun(cell: Pick<Cell, 'inputs'> | undefined, isFresh: (id: CellId) => boolean): boolean {
  return cell !== undefined && cell.inputs.length > 0 && cell.inputs.every(isFresh);
}
