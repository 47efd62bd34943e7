// Topological order (Kahn), always taking the ready cell that comes first in the notebook.

import type { CellId } from '../workbook/types';
import type { Structure } from './structure';

/** Every cell not in `excluded`, parents first; edges from excluded cells are ignored. */
export function topologicalOrder(s: Structure, excluded: ReadonlySet<CellId>): CellId[] {
  const pos = (id: CellId): number => s.position.get(id) ?? 0;
  const waiting = new Map<CellId, number>();
  const ready: CellId[] = []; // sorted by position, first at the end (so pop() takes it)
  const makeReady = (id: CellId): void => {
    let lo = 0;
    let hi = ready.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pos(ready[mid] as CellId) > pos(id)) lo = mid + 1;
      else hi = mid;
    }
    ready.splice(lo, 0, id);
  };
  for (const id of s.position.keys()) {
    if (excluded.has(id)) continue;
    const count = (s.parents.get(id) ?? []).filter((p) => !excluded.has(p)).length;
    waiting.set(id, count);
    if (count === 0) makeReady(id);
  }
  const order: CellId[] = [];
  while (ready.length > 0) {
    const next = ready.pop() as CellId;
    order.push(next);
    for (const child of s.children.get(next) ?? []) {
      const left = waiting.get(child);
      if (left === undefined) continue;
      waiting.set(child, left - 1);
      if (left === 1) makeReady(child);
    }
  }
  return order;
}
