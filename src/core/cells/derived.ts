// Cells that build a table from one chosen input with settings instead of SQL (filter now;
// clean, join, RFM, ... next). They compile at run time, when the input's columns are known,
// and the SQL they run is shown to the user, who can turn it into a SQL cell.

import { segbookError, type SegbookError } from '../errors';
import { compileFilter } from '../filter/compile';
import type { FilterProblem } from '../filter/types';
import type { ColumnInfo } from '../workbook/import-options';
import type { Cell, FilterCell } from '../workbook/types';

export type DerivedCell = FilterCell;

export interface DerivedInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export interface DerivedContext {
  /** "Today" for relative dates. */
  now: Date;
}

export function isDerivedCell(cell: Cell): cell is DerivedCell {
  return cell.kind === 'filter';
}

/** The SELECT whose result becomes the cell's table, or what the user must fix first. */
export function compileDerived(cell: DerivedCell, input: DerivedInput, context: DerivedContext): { sql: string } | SegbookError {
  const compiled = compileFilter(cell.settings, input, context.now);
  return 'problem' in compiled ? fromFilterProblem(compiled.problem) : compiled;
}

function fromFilterProblem(problem: FilterProblem): SegbookError {
  return segbookError(problem.code, { ...problem.params, path: problem.path.join('.') });
}
