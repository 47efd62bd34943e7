// Keeps each sql cell's `inputs` equal to the cells its SQL reads by name, and drops inputs of
// other kinds that name a deleted cell.

import { CELL_KINDS } from '../cells/registry';
import { findTableReferences } from '../sql/references';
import type { Cell, CellId, Workbook } from './types';

type NameIndex = Map<string, CellId>;

/** Names of cells that produce a table (a markdown cell's name is no table). */
function indexNames(cells: readonly Cell[]): NameIndex {
  const byName: NameIndex = new Map();
  for (const cell of cells) if (CELL_KINDS[cell.kind].producesTable && !byName.has(cell.name.toLowerCase())) byName.set(cell.name.toLowerCase(), cell.id);
  return byName;
}

/** Ids of the cells named in `sql` (case-insensitive); names that are no cell are left out. */
export function deriveInputs(sql: string, cells: readonly Cell[], byName: NameIndex = indexNames(cells)): CellId[] {
  const inputs: CellId[] = [];
  for (const name of findTableReferences(sql).names) {
    const id = byName.get(name.toLowerCase());
    if (id !== undefined && !inputs.includes(id)) inputs.push(id);
  }
  return inputs;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Re-derives every sql cell's inputs after names changed; unchanged cells keep their identity. */
export function relinkInputs(wb: Workbook): Workbook {
  let changed = false;
  const byName = indexNames(wb.cells);
  const alive = new Set(wb.cells.map((c) => c.id));
  const cells = wb.cells.map((cell): Cell => {
    const inputs = cell.kind === 'sql' ? deriveInputs(cell.settings.sql, wb.cells, byName) : cell.inputs.filter((id) => alive.has(id));
    if (sameList(inputs, cell.inputs)) return cell;
    changed = true;
    return { ...cell, inputs };
  });
  return changed ? { ...wb, cells } : wb;
}
