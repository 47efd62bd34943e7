// The workbook store: the current Workbook (immutable values produced by core ops),
// undo/redo history, the focused cell and the dirty flag. Listeners run synchronously
// after every change so runtime state (stale marks) never lags behind the workbook.
import type { CellId, Workbook } from '../core/workbook/types';
import { newWorkbook } from '../core/workbook/ops';
import { amend, createHistory, record, redo, undo, type History } from './history';

export type ChangeReason = 'edit' | 'amend' | 'undo' | 'redo' | 'replace' | 'reset';
export interface WorkbookChange {
  before: Workbook;
  after: Workbook;
  reason: ChangeReason;
}
type Listener = (change: WorkbookChange) => void;

export class WorkbookStore {
  #history = $state.raw<History<Workbook>>(createHistory(newWorkbook('en')));
  #listeners = new Set<Listener>();
  /** Focused cell (command-mode cursor). */
  selection = $state<CellId | null>(null);
  /** Cell whose editor has keyboard focus; null = command mode. */
  editing = $state<CellId | null>(null);
  /** Changed since the last Save (download). */
  dirty = $state(false);

  constructor(initial?: Workbook) {
    if (initial) this.#history = createHistory(initial);
  }

  get workbook(): Workbook {
    return this.#history.present;
  }
  get canUndo(): boolean {
    return this.#history.past.length > 0;
  }
  get canRedo(): boolean {
    return this.#history.future.length > 0;
  }

  /** Record an edit. Edits sharing `coalesceKey` in quick succession become one undo step. */
  apply(next: Workbook, coalesceKey: string | null = null): void {
    if (next === this.workbook) return;
    this.#commit(record(this.#history, next, coalesceKey), 'edit');
  }

  /** Change derived data (fingerprints) without adding an undo step. */
  amend(next: Workbook): void {
    if (next === this.workbook) return;
    this.#commit(amend(this.#history, next), 'amend');
  }

  /** Swap in another workbook (New, Open) as one undoable step. It matches its file (or has none): not dirty. */
  replace(next: Workbook): void {
    this.selection = next.cells[0]?.id ?? null;
    this.editing = null;
    this.#commit(record(this.#history, next), 'replace');
    this.dirty = false;
  }

  /** Start over with no history (start-up restore). */
  reset(next: Workbook): void {
    this.selection = next.cells[0]?.id ?? null;
    this.editing = null;
    this.#commit(createHistory(next), 'reset');
    this.dirty = false;
  }

  undo(): boolean {
    if (!this.canUndo) return false;
    this.#commit(undo(this.#history), 'undo');
    return true;
  }

  redo(): boolean {
    if (!this.canRedo) return false;
    this.#commit(redo(this.#history), 'redo');
    return true;
  }

  markSaved(): void {
    this.dirty = false;
  }

  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #commit(next: History<Workbook>, reason: ChangeReason): void {
    const before = this.#history.present;
    this.#history = next;
    const after = next.present;
    // Fingerprints (amend) are derived from the data, not edits the user would want to save.
    if (reason !== 'reset' && reason !== 'amend') this.dirty = true;
    if (this.selection !== null && !after.cells.some((c) => c.id === this.selection)) {
      this.selection = after.cells[0]?.id ?? null;
    }
    for (const listener of this.#listeners) listener({ before, after, reason });
  }
}

export const store = new WorkbookStore();
