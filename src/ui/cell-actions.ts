// Notebook actions shared by the buttons and the keyboard: each edits the workbook through
// core ops, then moves focus the way Jupyter users expect.
import { tick } from 'svelte';
import { tableCellsAbove } from '../core/cells/inputs';
import { rfmSettingsFor } from '../core/cells/rfm';
import { defaultKmeansSettings } from '../core/kmeans/settings';
import { defaultBehaviourSettings } from '../core/segments/behaviour';
import { defaultLifecycleSettings } from '../core/segments/lifecycle';
import { addCell, deleteCell, duplicateCell, moveCell, setCellInputs, updateCellSettings } from '../core/workbook/ops';
import type { CellId, CellKind } from '../core/workbook/types';
import { runner } from '../state/run.svelte';
import { runtime } from '../state/runtime.svelte';
import { store } from '../state/workbook.svelte';

function indexOf(id: CellId): number {
  return store.workbook.cells.findIndex((c) => c.id === id);
}

/** Focus a cell: its editor when `edit`, else the cell itself (command mode). */
export async function focusCell(id: CellId, edit: boolean): Promise<void> {
  store.selection = id;
  await tick();
  const section = document.querySelector<HTMLElement>(`section[data-cell-id="${CSS.escape(id)}"]`);
  if (!section) return;
  const editor = edit ? section.querySelector<HTMLElement>('.cm-content, textarea.markdown-input') : null;
  if (edit && !editor) section.dispatchEvent(new CustomEvent('segbook-edit'));
  await tick();
  const target = edit ? (section.querySelector<HTMLElement>('.cm-content, textarea.markdown-input') ?? section) : section;
  target.focus();
  section.scrollIntoView({ block: 'nearest' });
}

/** Insert a cell of `kind` after `after` (null = at the top, undefined = at the end) and start editing it. */
export async function insertCellAfter(kind: Exclude<CellKind, 'source'>, after: CellId | null | undefined): Promise<CellId> {
  const added = addCell(store.workbook, kind, { after });
  const { cell } = added;
  // A chart or filter starts on the nearest table above it: usually the one the user just made.
  const input = kind !== 'sql' && kind !== 'markdown' ? tableCellsAbove(added.workbook, cell.id)[0] : undefined;
  let workbook = input ? setCellInputs(added.workbook, cell.id, [input.id]) : added.workbook;
  // segment cells start with the columns the input's names and types suggest, so they run at once
  // (a profile cell's editor suggests its own, currency included, from the whole chain above it)
  const columns = input ? runtime.get(input.id).columns : [];
  const suggested = kind === 'rfm' ? rfmSettingsFor(columns)
    : kind === 'lifecycle' ? defaultLifecycleSettings(columns)
    : kind === 'behaviour' ? defaultBehaviourSettings('cart_abandoners', columns)
    : kind === 'cluster' ? defaultKmeansSettings(columns)
    : null;
  if (input && suggested && columns.length > 0) workbook = updateCellSettings(workbook, cell.id, suggested);
  store.apply(workbook);
  if (input && runtime.isFresh(input.id)) void runner.runCell(cell.id);
  await focusCell(cell.id, true);
  return cell.id;
}

/** Insert next to `anchor` (keyboard A/B); without an anchor, at the end. */
export function insertCell(kind: Exclude<CellKind, 'source'>, anchor: CellId | null, where: 'above' | 'below' = 'below'): Promise<CellId> {
  if (anchor === null) return insertCellAfter(kind, undefined);
  if (where === 'below') return insertCellAfter(kind, anchor);
  const index = indexOf(anchor);
  return insertCellAfter(kind, index > 0 ? (store.workbook.cells[index - 1]?.id ?? null) : null);
}

export function runInPlace(id: CellId): void {
  void runner.runCell(id);
}

/** Shift+Enter: run, then focus the next cell (a new SQL cell at the end if there is none). */
export async function runAndNext(id: CellId): Promise<void> {
  void runner.runCell(id);
  const next = store.workbook.cells[indexOf(id) + 1];
  if (next) await focusCell(next.id, next.kind === 'sql');
  else await insertCell('sql', id);
}

export async function runAndInsert(id: CellId): Promise<void> {
  void runner.runCell(id);
  await insertCell('sql', id);
}

export async function removeCell(id: CellId): Promise<void> {
  const index = indexOf(id);
  store.apply(deleteCell(store.workbook, id));
  const cells = store.workbook.cells;
  const neighbour = cells[Math.min(index, cells.length - 1)];
  if (neighbour) await focusCell(neighbour.id, false);
}

export function moveBy(id: CellId, delta: number): void {
  const index = indexOf(id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= store.workbook.cells.length) return;
  store.apply(moveCell(store.workbook, id, target));
}

export async function duplicate(id: CellId): Promise<void> {
  const { workbook, cell } = duplicateCell(store.workbook, id);
  store.apply(workbook);
  await focusCell(cell.id, false);
}

export async function focusNeighbour(delta: number): Promise<void> {
  const cells = store.workbook.cells;
  const current = store.selection ? indexOf(store.selection) : -1;
  const next = cells[Math.max(0, Math.min(cells.length - 1, current + delta))];
  if (next) await focusCell(next.id, false);
}
