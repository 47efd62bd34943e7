// Parent/child edges from each cell's declared inputs.

import type { CellId, Workbook } from '../workbook/types';

export interface Structure {
  parents: Map<CellId, CellId[]>;
  children: Map<CellId, CellId[]>;
  /** Position of each cell in the notebook, for tie-breaking. */
  position: Map<CellId, number>;
  names: Map<CellId, string>;
}

export function buildStructure(wb: Workbook): Structure {
  const position = new Map(wb.cells.map((c, i) => [c.id, i]));
  const parents = new Map<CellId, CellId[]>();
  const children = new Map<CellId, CellId[]>(wb.cells.map((c) => [c.id, []]));
  for (const cell of wb.cells) {
    // Inputs naming no cell (a hand-edited file) are ignored; the definitions check reports names.
    const own = [...new Set(cell.inputs)].filter((id) => position.has(id));
    parents.set(cell.id, own);
    for (const parent of own) children.get(parent)?.push(cell.id);
  }
  for (const list of children.values()) list.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return { parents, children, position, names: new Map(wb.cells.map((c) => [c.id, c.name])) };
}
