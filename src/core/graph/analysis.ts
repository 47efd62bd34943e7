// One pass over the workbook that everything scheduling-related reads from.

import type { SegbookError } from '../errors';
import type { CellId, Workbook } from '../workbook/types';
import { findCycles } from './cycles';
import { nameIssues, unknownNameIssues } from './definitions';
import { topologicalOrder } from './order';
import { buildStructure } from './structure';
import { segbookError } from '../errors';

export interface WorkbookAnalysis {
  /** Topological order, ties by notebook position; cells in cycles excluded. */
  order: CellId[];
  /** At most one issue per cell: invalidName, then duplicateName, cycle, unknownName. */
  issues: Map<CellId, SegbookError>;
  parents: Map<CellId, CellId[]>;
  children: Map<CellId, CellId[]>;
  /** Cell names, so messages can name cells. */
  names: Map<CellId, string>;
  /** Notebook position of each cell. */
  position: Map<CellId, number>;
}

export function analyzeWorkbook(wb: Workbook): WorkbookAnalysis {
  const structure = buildStructure(wb);
  const cycles = findCycles(structure);
  const issues = new Map<CellId, SegbookError>();
  const add = (found: Map<CellId, SegbookError>): void => {
    for (const [id, error] of found) if (!issues.has(id)) issues.set(id, error);
  };
  add(nameIssues(wb));
  add(new Map([...cycles].map(([id, cycle]) => [id, segbookError('cell.cycle', { cycle })])));
  add(unknownNameIssues(wb));
  return {
    order: topologicalOrder(structure, new Set(cycles.keys())),
    issues,
    parents: structure.parents,
    children: structure.children,
    names: structure.names,
    position: structure.position,
  };
}
