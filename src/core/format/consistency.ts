// Checks the schema cannot express: unique ids and names, valid names, and
// references (inputs, a source cell's source, embedded data) that resolve.

import { isValidCellName } from '../sql/quote';
import type { Workbook } from '../workbook/types';
import type { RawProblem } from './hostile';

export function findInconsistency(wb: Workbook): RawProblem | null {
  const ids = new Set<string>();
  const names = new Map<string, number>();
  for (const [i, source] of wb.sources.entries()) {
    if (ids.has(source.id)) return { path: ['sources', i, 'id'], detail: `duplicate id "${source.id}"` };
    ids.add(source.id);
  }
  for (const [i, cell] of wb.cells.entries()) {
    if (ids.has(cell.id)) return { path: ['cells', i, 'id'], detail: `duplicate id "${cell.id}"` };
    ids.add(cell.id);
    if (!isValidCellName(cell.name)) {
      return { path: ['cells', i, 'name'], detail: `"${cell.name}" is not a valid table name` };
    }
    const earlier = names.get(cell.name.toLowerCase());
    if (earlier !== undefined) {
      return { path: ['cells', i, 'name'], detail: `"${cell.name}" is also the name of cells[${earlier}]` };
    }
    names.set(cell.name.toLowerCase(), i);
  }
  const cellIds = new Set(wb.cells.map((c) => c.id));
  const sourceIds = new Set(wb.sources.map((s) => s.id));
  for (const [i, cell] of wb.cells.entries()) {
    const j = cell.inputs.findIndex((id) => !cellIds.has(id));
    if (j >= 0) return { path: ['cells', i, 'inputs', j], detail: `no cell has id "${cell.inputs[j]}"` };
    if (cell.kind === 'source' && !sourceIds.has(cell.settings.source)) {
      return { path: ['cells', i, 'settings', 'source'], detail: `no source has id "${cell.settings.source}"` };
    }
  }
  for (const key of Object.keys(wb.data ?? {})) {
    if (!sourceIds.has(key)) return { path: ['data', key], detail: `no source has id "${key}"` };
  }
  return null;
}
