// Per-cell runtime state: never saved in the workbook file (see DESIGN.md section 3).
import type { SegbookError } from '../core/errors';
import type { Cell, CellId } from '../core/workbook/types';
import type { ColumnInfo } from '../core/workbook/import-options';
import type { FileSniff, Progress } from '../engine/protocol';
import type { ChartDrawing } from './run-chart';
import type { ClusterView } from './cluster-view';
import type { DerivedExtras } from './run-derived';
import { affectedCells } from './stale';
import { store, type WorkbookChange } from './workbook.svelte';

export type CellStatus = 'idle' | 'stale' | 'queued' | 'running' | 'done' | 'error' | 'blocked';

export interface CellRuntime {
  status: CellStatus;
  /** Why the cell failed or is blocked. */
  error: SegbookError | null;
  /** A non-error explanation of an idle cell (a skipped, missing source file). */
  note: SegbookError | null;
  rowCount: number | null;
  columns: ColumnInfo[];
  elapsedMs: number | null;
  progress: Progress | null;
  sniff: FileSniff | null;
  /** Bumped every time the result table is rebuilt, so views reload it. */
  version: number;
  /** Chart cells: what the last run drew. */
  chart: ChartDrawing | null;
  /** Cells built from settings (filter, ...): the SQL the last run executed. */
  sql: string | null;
  /** ... and the rows of their follow-up queries (RFM summary, checks). */
  extras: DerivedExtras | null;
  /** Cluster cells: the fit, scan and explanations of the last run. */
  cluster: ClusterView | null;
}

function initialRuntime(cell: Cell): CellRuntime {
  return {
    status: cell.kind === 'markdown' ? 'done' : 'idle',
    error: null,
    note: null,
    rowCount: null,
    columns: [],
    elapsedMs: null,
    progress: null,
    sniff: null,
    version: 0,
    chart: null,
    sql: null,
    extras: null,
    cluster: null,
  };
}

const IDLE: CellRuntime = Object.freeze({
  status: 'idle', error: null, note: null, rowCount: null, columns: [], elapsedMs: null, progress: null, sniff: null, version: 0, chart: null, sql: null, extras: null, cluster: null,
}) as CellRuntime;

export class RuntimeStore {
  cells = $state<Record<CellId, CellRuntime>>({});

  get(id: CellId): CellRuntime {
    return this.cells[id] ?? IDLE;
  }

  update(id: CellId, patch: Partial<CellRuntime>): void {
    const entry = this.cells[id];
    if (entry) Object.assign(entry, patch);
  }

  isFresh = (id: CellId): boolean => this.cells[id]?.status === 'done';

  /** Keep one entry per cell and mark edited cells and their descendants stale. */
  syncWith(change: WorkbookChange): void {
    const { before, after, reason } = change;
    const alive = new Set(after.cells.map((c) => c.id));
    for (const id of Object.keys(this.cells)) if (!alive.has(id)) delete this.cells[id];
    const fresh = reason === 'replace' || reason === 'reset';
    for (const cell of after.cells) {
      if (fresh || !this.cells[cell.id]) this.cells[cell.id] = initialRuntime(cell);
    }
    if (fresh || reason === 'amend') return;
    for (const id of affectedCells(before, after)) {
      const entry = this.cells[id];
      const cell = after.cells.find((c) => c.id === id);
      if (!entry || !cell || cell.kind === 'markdown') continue;
      if (entry.status === 'running' || entry.status === 'queued') continue;
      const blank = cell.kind === 'sql' && cell.settings.sql.trim() === '';
      entry.status = blank ? 'idle' : 'stale';
      if (blank) Object.assign(entry, { error: null, rowCount: null, columns: [], elapsedMs: null });
    }
  }

  /** Cells that need a run: out of date, blocked by an upstream that may now work, or never run but runnable. */
  staleIds(): Set<CellId> {
    const ids = new Set<CellId>();
    for (const cell of store.workbook.cells) {
      const entry = this.cells[cell.id];
      if (!entry || cell.kind === 'markdown') continue;
      if (entry.status === 'stale' || entry.status === 'blocked') ids.add(cell.id);
      if (entry.status === 'idle' && entry.note === null && !(cell.kind === 'sql' && cell.settings.sql.trim() === '')) ids.add(cell.id);
    }
    return ids;
  }
}

export const runtime = new RuntimeStore();
store.onChange((change) => runtime.syncWith(change));
