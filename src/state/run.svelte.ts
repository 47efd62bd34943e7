// The run controller: turns run requests into plans (core planRun) and executes them one
// cell at a time through the engine, keeping runtime statuses up to date.
import { analyzeWorkbook, blockedReason, descendants, planRun, type WorkbookAnalysis } from '../core/graph';
import { toSegbookError, type ErrorCode, type SegbookError } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import { renameCell } from '../core/workbook/ops';
import type { Cell, CellId } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';
import type { Progress } from '../engine/protocol';
import { withUserFileName } from './attached.svelte';
import { getEngine } from './engine.svelte';
import { runtime, type CellStatus } from './runtime.svelte';
import { runSourceCell } from './run-source';
import { isDerivedCell } from '../core/cells/derived';
import { runChartCell } from './run-chart';
import { cancelClustering, runClusterCell } from './run-cluster';
import { runDerivedCell } from './run-derived';
import { runSqlCell } from './run-steps';
import { store } from './workbook.svelte';

type RunRequest = { mode: 'cell'; id: CellId } | { mode: 'all' } | { mode: 'stale'; stale: Set<CellId> };
const FAILED: CellStatus[] = ['error', 'blocked'];
const UNFINISHED: ErrorCode[] = ['cell.missingSource', 'cell.noInput', 'chart.incomplete'];

/** Unwrap a SegbookFailure (or anything) thrown by the engine into plain error data. */
export function errorOf(cause: unknown): SegbookError {
  const inner = cause && typeof cause === 'object' && 'error' in cause ? (cause as { error: unknown }).error : cause;
  return toSegbookError(inner);
}

/** The user changed the cell while it ran: its new result is already out of date. */
function editedSince(ran: Cell): boolean {
  const now = store.workbook.cells.find((c) => c.id === ran.id);
  return now !== undefined && (now.name !== ran.name || JSON.stringify(now.settings) !== JSON.stringify(ran.settings));
}

class RunController {
  /** Cell being executed now. */
  running = $state<CellId | null>(null);
  #chain: Promise<void> = Promise.resolve();
  #generation = 0;
  #queryId: string | null = null;
  #nextQuery = 1;
  /** [engine name, user's name] of the file the running source cell reads, for error messages. */
  #registeredAs: [string, string] | null = null;

  runCell(id: CellId): Promise<void> {
    return this.#enqueue({ mode: 'cell', id });
  }
  runAll(): Promise<void> {
    return this.#enqueue({ mode: 'all' });
  }
  runStale(): Promise<void> {
    const stale = runtime.staleIds();
    return stale.size === 0 ? this.#chain : this.#enqueue({ mode: 'stale', stale });
  }

  /** Stop the running query and drop everything queued. */
  async cancel(): Promise<void> {
    this.#generation += 1;
    for (const entry of Object.values(runtime.cells)) if (entry.status === 'queued') entry.status = 'stale';
    cancelClustering(); // a k-means fit runs in its own worker, outside the engine's queries
    const queryId = this.#queryId;
    if (queryId) await (await getEngine()).cancel(queryId).catch(() => false);
  }

  /** Serialize engine work that is not a cell run (rename, drop) with the runs. */
  schedule(task: (engine: EngineClient) => Promise<void>): Promise<void> {
    this.#chain = this.#chain.then(async () => task(await getEngine())).catch(() => undefined);
    return this.#chain;
  }

  /** Rename a cell; its table is renamed in place so it and its readers stay fresh. */
  rename(id: CellId, name: string): SegbookError | null {
    const before = store.workbook;
    const old = before.cells.find((c) => c.id === id);
    if (!old || old.name === name) return null;
    const result = renameCell(before, id, name);
    if (!result.ok) return result.error;
    const freshBefore = new Set(Object.keys(runtime.cells).filter((cid) => runtime.isFresh(cid)));
    store.apply(result.workbook);
    if (!freshBefore.has(id)) return null;
    void this.schedule(async (engine) => {
      await engine.exec(`ALTER TABLE ${quoteIdent(old.name)} RENAME TO ${quoteIdent(name)}`);
      // A rename changes no data: whatever was fresh before is fresh again.
      for (const cid of freshBefore) if (runtime.get(cid).status === 'stale') runtime.update(cid, { status: 'done' });
    });
    return null;
  }

  #enqueue(request: RunRequest): Promise<void> {
    const analysis = analyzeWorkbook(store.workbook);
    const plan = planRun(analysis, request, runtime.isFresh);
    for (const id of plan) if (runtime.get(id).status !== 'running') runtime.update(id, { status: 'queued' });
    // Cells on a cycle are never planned: show why instead of silently skipping them.
    for (const [id, issue] of analysis.issues) {
      const asked = request.mode !== 'cell' || request.id === id;
      if (asked && !plan.includes(id)) runtime.update(id, { status: 'error', error: issue, progress: null });
    }
    const generation = this.#generation;
    this.#chain = this.#chain.then(() => this.#execute(plan, generation)).catch((e) => console.error(e));
    return this.#chain;
  }

  async #execute(plan: CellId[], generation: number): Promise<void> {
    let engine: EngineClient;
    try {
      engine = await getEngine();
    } catch (cause) {
      for (const id of plan) runtime.update(id, { status: 'error', error: errorOf(cause) });
      return;
    }
    for (const id of plan) {
      if (generation !== this.#generation) return;
      const workbook = store.workbook;
      const cell = workbook.cells.find((c) => c.id === id);
      if (!cell) continue;
      const analysis = analyzeWorkbook(workbook);
      const issue = analysis.issues.get(id);
      if (issue) {
        runtime.update(id, { status: 'error', error: issue, progress: null });
        continue;
      }
      const failed = new Set(Object.keys(runtime.cells).filter((cid) => FAILED.includes(runtime.get(cid).status) || runtime.get(cid).note?.code === 'cell.missingSource'));
      const blocked = blockedReason(analysis, id, failed);
      if (blocked) {
        runtime.update(id, { status: 'blocked', error: blocked, progress: null });
        continue;
      }
      await this.#runOne(engine, cell, () => generation !== this.#generation);
      this.#updateDescendants(analysis, id, plan);
    }
  }

  /** After a run, cells downstream (outside this plan) are out of date, or blocked if it failed. */
  #updateDescendants(analysis: WorkbookAnalysis, id: CellId, plan: CellId[]): void {
    const status = runtime.get(id).status;
    if (status !== 'done' && status !== 'error') return;
    for (const child of descendants(analysis, [id])) {
      if (plan.includes(child)) continue;
      const current = runtime.get(child).status;
      if (status === 'done' && (current === 'done' || current === 'blocked')) runtime.update(child, { status: 'stale', error: null });
      if (status === 'error' && current !== 'running' && current !== 'queued') {
        runtime.update(child, { status: 'blocked', error: blockedReason(analysis, child, new Set([id])) });
      }
    }
  }

  /** `cancelled` turns true once Cancel (or New/Open) dropped this run. */
  async #runOne(engine: EngineClient, cell: Cell, cancelled: () => boolean): Promise<void> {
    if (cell.kind === 'markdown') {
      runtime.update(cell.id, { status: 'done', error: null });
      return;
    }
    const queryId = `q${this.#nextQuery++}`;
    const onProgress = (progress: Progress) => runtime.update(cell.id, { progress });
    this.#queryId = queryId;
    this.running = cell.id;
    runtime.update(cell.id, { status: 'running', error: null, note: null, progress: null });
    const started = performance.now();
    try {
      const result = cell.kind === 'sql'
        ? await runSqlCell(engine, cell, store.workbook, queryId, onProgress)
        : cell.kind === 'chart'
          ? await runChartCell(engine, cell, store.workbook, queryId, onProgress)
          : isDerivedCell(cell)
            ? await runDerivedCell(engine, cell, store.workbook, queryId, onProgress)
            : cell.kind === 'cluster'
              ? await runClusterCell(engine, cell, store.workbook, queryId, onProgress)
              : await runSourceCell(engine, cell, queryId, onProgress, (name, fileName) => (this.#registeredAs = [name, fileName]), cancelled);
      const elapsedMs = performance.now() - started;
      if (result === null) {
        runtime.update(cell.id, { status: 'idle', progress: null });
      } else {
        const version = runtime.get(cell.id).version + 1;
        const status = editedSince(cell) ? 'stale' : 'done';
        // notes (columns re-bound, ...) are shown on a finished cell; other kinds keep theirs
        const { notes, ...rest }: typeof result & { notes?: SegbookError[] } = result;
        const note = notes ? { note: notes[0] ?? null } : {};
        runtime.update(cell.id, { status, ...rest, ...note, elapsedMs, progress: null, version });
      }
    } catch (cause) {
      const error = this.#registeredAs ? withUserFileName(errorOf(cause), ...this.#registeredAs) : errorOf(cause);
      if (error.code === 'engine.cancelled') runtime.update(cell.id, { status: 'stale', note: error, progress: null });
      // not failures: the user has not finished telling the cell what to do
      else if (UNFINISHED.includes(error.code)) runtime.update(cell.id, { status: 'idle', note: error, progress: null, chart: null });
      else runtime.update(cell.id, { status: 'error', error, progress: null, elapsedMs: performance.now() - started });
    } finally {
      this.#registeredAs = null;
      this.#queryId = null;
      this.running = null;
    }
  }
}

export const runner = new RunController();
