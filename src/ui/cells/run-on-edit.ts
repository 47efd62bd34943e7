// Cells built from settings (chart, filter, ...) redraw as the user edits them, when their input
// tables are ready: a rerun then reads tables already built, so it is cheap. Quick successive
// edits make one run.
import { readyToRerun } from '../../core/cells/inputs';
import { updateCellSettings } from '../../core/workbook/ops';
import type { Cell, CellId } from '../../core/workbook/types';
import { runner } from '../../state/run.svelte';
import { runtime } from '../../state/runtime.svelte';
import { store } from '../../state/workbook.svelte';

const timers = new Map<CellId, ReturnType<typeof setTimeout>>();

/** Save settings (undoable; `mergeKey` merges fast typing into one step). */
export function saveSettings(id: CellId, settings: Cell['settings'], mergeKey: string | null = null): void {
  store.apply(updateCellSettings(store.workbook, id, settings), mergeKey);
}

/** Run the cell shortly, if its inputs are up to date. */
export function rerunSoon(id: CellId, delayMs = 150): void {
  clearTimeout(timers.get(id));
  timers.set(id, setTimeout(() => {
    timers.delete(id);
    const cell = store.workbook.cells.find((c) => c.id === id);
    if (readyToRerun(cell, (input) => runtime.isFresh(input))) void runner.runCell(id);
  }, delayMs));
}

export function saveAndRerun(id: CellId, settings: Cell['settings'], mergeKey: string | null = null, delayMs = 150): void {
  saveSettings(id, settings, mergeKey);
  rerunSoon(id, delayMs);
}
