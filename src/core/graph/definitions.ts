// Name problems: invalid or duplicate cell names, and SQL that reads a name no cell defines.
// Every table in the database is a cell, so a name that is neither a table-producing cell nor a
// CTE is unknown (a markdown cell's name is no table).

import { CELL_KINDS } from '../cells/registry';
import { segbookError, type SegbookError } from '../errors';
import { findTableReferences } from '../sql/references';
import { isValidCellName } from '../sql/quote';
import type { CellId, Workbook } from '../workbook/types';

export function nameIssues(wb: Workbook): Map<CellId, SegbookError> {
  const issues = new Map<CellId, SegbookError>();
  const seen = new Set<string>();
  for (const cell of wb.cells) {
    const key = cell.name.toLowerCase();
    if (!isValidCellName(cell.name)) issues.set(cell.id, segbookError('cell.invalidName', { name: cell.name }));
    else if (seen.has(key)) issues.set(cell.id, segbookError('cell.duplicateName', { name: cell.name }));
    seen.add(key);
  }
  return issues;
}

/** The first name each sql cell reads that is no cell's name (CTE names are the query's own). */
export function unknownNameIssues(wb: Workbook): Map<CellId, SegbookError> {
  const known = new Set(wb.cells.filter((c) => CELL_KINDS[c.kind].producesTable).map((c) => c.name.toLowerCase()));
  const issues = new Map<CellId, SegbookError>();
  for (const cell of wb.cells) {
    if (cell.kind !== 'sql') continue;
    const unknown = findTableReferences(cell.settings.sql).names.find((n) => !known.has(n.toLowerCase()));
    if (unknown !== undefined) issues.set(cell.id, segbookError('cell.unknownName', { name: unknown }));
  }
  return issues;
}
