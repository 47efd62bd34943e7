// What to run, and why a cell cannot run.

import { segbookError, type SegbookError } from '../errors';
import type { Cell, CellId, Source, Workbook } from '../workbook/types';
import type { WorkbookAnalysis } from './analysis';

function reach(edges: Map<CellId, CellId[]>, ids: Iterable<CellId>): Set<CellId> {
  const start = new Set(ids);
  const found = new Set<CellId>();
  const queue = [...start];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop() as CellId) ?? []) {
      if (found.has(next)) continue;
      found.add(next);
      queue.push(next);
    }
  }
  for (const id of start) found.delete(id);
  return found;
}

/** Every cell downstream of `ids`, not including `ids` themselves. */
export function descendants(a: WorkbookAnalysis, ids: Iterable<CellId>): Set<CellId> {
  return reach(a.children, ids);
}

/** Every cell upstream of `ids`, not including `ids` themselves. */
export function ancestors(a: WorkbookAnalysis, ids: Iterable<CellId>): Set<CellId> {
  return reach(a.parents, ids);
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );

function sourceOf(wb: Workbook, cell: Cell): Source | undefined {
  return cell.kind === 'source' ? wb.sources.find((s) => s.id === cell.settings.source) : undefined;
}

/** Cells that are new, or whose kind, name, inputs, settings or attached source changed. */
export function changedCells(before: Workbook, after: Workbook): Set<CellId> {
  const old = new Map(before.cells.map((c) => [c.id, c]));
  const changed = new Set<CellId>();
  for (const cell of after.cells) {
    const prior = old.get(cell.id);
    const same =
      prior !== undefined &&
      prior.kind === cell.kind &&
      prior.name === cell.name &&
      stable(prior.inputs) === stable(cell.inputs) &&
      stable(prior.settings) === stable(cell.settings) &&
      stable(sourceOf(before, prior)) === stable(sourceOf(after, cell));
    if (!same) changed.add(cell.id);
  }
  return changed;
}

export type RunRequest = { mode: 'cell'; id: CellId } | { mode: 'all' } | { mode: 'stale'; stale: Set<CellId> };

/**
 * Cells to run, in topological order. Cells on cycles are never planned; cells with
 * other issues are planned and the runner fails them (their descendants are then blocked).
 */
export function planRun(a: WorkbookAnalysis, request: RunRequest, isFresh: (id: CellId) => boolean): CellId[] {
  const wanted = new Set<CellId>();
  const withStaleAncestors = (ids: Iterable<CellId>): void => {
    const targets = [...ids];
    for (const id of targets) wanted.add(id);
    for (const id of ancestors(a, targets)) if (!isFresh(id)) wanted.add(id);
  };
  switch (request.mode) {
    case 'cell':
      withStaleAncestors([request.id]);
      break;
    case 'all':
      return [...a.order];
    case 'stale':
      withStaleAncestors([...request.stale, ...descendants(a, request.stale)]);
      break;
  }
  return a.order.filter((id) => wanted.has(id));
}

/** cell.blocked naming the nearest ancestor in `failed` (ties: earlier in the notebook), or null. */
export function blockedReason(a: WorkbookAnalysis, id: CellId, failed: Set<CellId>): SegbookError | null {
  let frontier = [id];
  const seen = new Set<CellId>([id]);
  while (frontier.length > 0) {
    const next: CellId[] = [];
    for (const cell of frontier) {
      for (const parent of a.parents.get(cell) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        next.push(parent);
      }
    }
    next.sort((x, y) => (a.position.get(x) ?? 0) - (a.position.get(y) ?? 0));
    const hit = next.find((p) => failed.has(p));
    if (hit !== undefined) return segbookError('cell.blocked', { upstream: a.names.get(hit) ?? hit });
    frontier = next;
  }
  return null;
}
