// Choosing k for a cluster cell: the scan runs in its own k-means worker and its result lives
// here per cell (runtime, never saved), so it survives the editor being redrawn.
import { singleInputOf } from '../../../core/cells/inputs';
import { isSegbookError, segbookError, toSegbookError, type SegbookError } from '../../../core/errors';
import type { ClusterCell } from '../../../core/workbook/types';
import { getEngine } from '../../../state/engine.svelte';
import { store } from '../../../state/workbook.svelte';
import { startScanJob, type KmeansJob } from '../../../workers/kmeans/client';
import type { ScanReply } from '../../../workers/kmeans/protocol';
import { readFeatures } from '../../../workers/kmeans/read-features';
import { scanRequest } from '../../../workers/kmeans/requests';

export interface ScanState {
  status: 'running' | 'done' | 'error' | 'cancelled';
  /** 0..1 through the k range. */
  fraction: number;
  reply: ScanReply | null;
  error: SegbookError | null;
  /** The k range scanned (the settings may change afterwards). */
  range: [number, number];
}

export const scans = $state<Record<string, ScanState>>({});
const jobs = new Map<string, KmeansJob<ScanReply>>();
/** Latest scan per cell: an older scan's late answer must not overwrite a newer one. */
const latest = new Map<string, number>();
let scanCount = 0;

export function cancelScan(cellId: string): void {
  jobs.get(cellId)?.cancel();
}

export async function runScan(cell: ClusterCell): Promise<void> {
  cancelScan(cell.id);
  const { kMin, kMax } = cell.settings.scan;
  const state: ScanState = { status: 'running', fraction: 0, reply: null, error: null, range: [kMin, kMax] };
  scans[cell.id] = state;
  const token = ++scanCount;
  latest.set(cell.id, token);
  const finish = (patch: Partial<ScanState>) => {
    const entry = scans[cell.id];
    if (entry && latest.get(cell.id) === token) Object.assign(entry, patch);
  };
  try {
    const input = singleInputOf(cell, store.workbook);
    if (isSegbookError(input)) throw input;
    const engine = await getEngine();
    const { inputColumns, ipc } = await readFeatures(engine, input.name, cell.settings);
    const built = scanRequest(cell.settings, inputColumns);
    if (!built.ok) throw segbookError(built.problem.code, built.problem.params);
    const job = startScanJob(ipc, built.request, (p) => finish({ fraction: Math.min(1, (p.k - kMin) / (kMax - kMin + 1)) }));
    jobs.set(cell.id, job);
    const outcome = await job.result;
    if (jobs.get(cell.id) === job) jobs.delete(cell.id);
    if (!outcome.ok && outcome.problem.code === 'kmeans.cancelled') return finish({ status: 'cancelled' });
    if (!outcome.ok) throw segbookError(outcome.problem.code, outcome.problem.params);
    finish({ status: 'done', fraction: 1, reply: outcome.value });
  } catch (cause) {
    const inner = cause && typeof cause === 'object' && 'error' in cause ? (cause as { error: unknown }).error : cause;
    finish({ status: 'error', error: isSegbookError(inner) ? inner : toSegbookError(inner) });
  }
}
