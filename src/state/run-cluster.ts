// Running a cluster cell in the app: read the features from DuckDB in one query, fit k-means in
// a worker (never on the page), write the labels back as the cell's table.
import { singleInputOf } from '../core/cells/inputs';
import { isSegbookError, segbookError, SegbookFailure } from '../core/errors';
import type { ClusterCell, Workbook } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import { startClusterJob, type KmeansJob } from '../workers/kmeans/client';
import { clusterNames } from '../workers/kmeans/cluster-names';
import { clusterProgress } from '../workers/kmeans/progress';
import type { ClusterReply } from '../workers/kmeans/protocol';
import { readFeatures } from '../workers/kmeans/read-features';
import { writeClusterTable } from '../workers/kmeans/write-cluster-table';
import { ClusterView } from './cluster-view';
import { describeTable, type CellResult } from './run-steps';

/** The run in progress (the runner runs one cell at a time). */
let active: { cancelled: boolean; job: KmeansJob<ClusterReply> | null } | null = null;

/** Stop the running cluster fit now (the runner's Cancel; DuckDB steps stop through engine.cancel). */
export function cancelClustering(): void {
  if (!active) return;
  active.cancelled = true;
  active.job?.cancel();
}

const cancelled = () => new SegbookFailure(segbookError('engine.cancelled'));

export async function runClusterCell(
  engine: EngineClient, cell: ClusterCell, workbook: Workbook, queryId: string, onProgress: ProgressListener,
): Promise<CellResult & { cluster: ClusterView }> {
  const input = singleInputOf(cell, workbook);
  if (isSegbookError(input)) throw new SegbookFailure(input);
  const run: NonNullable<typeof active> = { cancelled: false, job: null };
  active = run;
  try {
    onProgress({ phase: 'read', fraction: null, detail: input.name });
    const { inputColumns, request, ipc } = await readFeatures(engine, input.name, cell.settings, queryId);
    if (run.cancelled) throw cancelled();
    run.job = startClusterJob(ipc, request, (p) => onProgress(clusterProgress(p, request.nInit)));
    const outcome = await run.job.result;
    run.job = null;
    if (!outcome.ok) throw outcome.problem.code === 'kmeans.cancelled' ? cancelled() : new SegbookFailure(segbookError(outcome.problem.code, outcome.problem.params));
    if (run.cancelled) throw cancelled();
    const { summary, labelsCsv } = outcome.value;
    onProgress({ phase: 'query', fraction: 0.95, detail: cell.name });
    const names = clusterNames(summary.proposedNames[workbook.locale], cell.settings.names);
    await writeClusterTable(engine, { table: cell.name, input: input.name, inputColumns, idColumn: cell.settings.idColumn, labelsCsv, names, queryId });
    return { ...(await describeTable(engine, cell.name)), cluster: new ClusterView(summary) };
  } finally {
    if (active === run) active = null;
  }
}
