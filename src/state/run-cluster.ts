// Running a cluster cell in the app: read the features from DuckDB in one query, fit k-means in
// a worker (never on the page), write the labels back as the cell's table. When only cluster
// names changed since the last fit, the kept labels table is joined again instead (cluster-fit.ts).
import { singleInputOf } from '../core/cells/inputs';
import { isSegbookError, segbookError, SegbookFailure } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import type { Cell, ClusterCell, Workbook } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import { startClusterJob, type KmeansJob } from '../workers/kmeans/client';
import { clusterNames } from '../workers/kmeans/cluster-names';
import { clusterProgress } from '../workers/kmeans/progress';
import type { ClusterReply } from '../workers/kmeans/protocol';
import { readFeatures } from '../workers/kmeans/read-features';
import { dropLabelsTable, joinClusterTable, labelsTableExists, labelsTableName, writeClusterTable } from '../workers/kmeans/write-cluster-table';
import { canRelabel, fitKey, type FittedLabels } from './cluster-fit';
import { ClusterView } from './cluster-view';
import { describeTable, type CellResult } from './run-steps';
import { runtime } from './runtime.svelte';

/** The run in progress (the runner runs one cell at a time). */
let active: { cancelled: boolean; job: KmeansJob<ClusterReply> | null } | null = null;

/** Stop the running cluster fit now (the runner's Cancel; DuckDB steps stop through engine.cancel). */
export function cancelClustering(): void {
  if (!active) return;
  active.cancelled = true;
  active.job?.cancel();
}

const cancelled = () => new SegbookFailure(segbookError('engine.cancelled'));

type ClusterResult = CellResult & { cluster: ClusterView };

export async function runClusterCell(
  engine: EngineClient, cell: ClusterCell, workbook: Workbook, queryId: string, onProgress: ProgressListener,
): Promise<ClusterResult> {
  const input = singleInputOf(cell, workbook);
  if (isSegbookError(input)) throw new SegbookFailure(input);
  const fitted: FittedLabels = { table: labelsTableName(cell.id), fitKey: fitKey(cell.settings), inputId: input.id, inputVersion: runtime.get(input.id).version };
  const previous = runtime.get(cell.id).cluster;
  if (previous && canRelabel(previous.labels, fitted, runtime.isFresh(input.id)) && (await labelsTableExists(engine, fitted.table))) {
    return relabel(engine, cell, input, workbook, previous, queryId, onProgress);
  }
  return fit(engine, cell, input, workbook, fitted, queryId, onProgress);
}

/** Only the names changed: the same labels joined again, no worker started. */
async function relabel(
  engine: EngineClient, cell: ClusterCell, input: Cell, workbook: Workbook, previous: ClusterView, queryId: string, onProgress: ProgressListener,
): Promise<ClusterResult> {
  onProgress({ phase: 'query', fraction: null, detail: cell.name });
  const inputColumns = (await engine.query(`SELECT * FROM ${quoteIdent(input.name)} LIMIT 0`, queryId)).columns;
  const names = clusterNames(previous.summary.proposedNames[workbook.locale], cell.settings.names);
  await joinClusterTable(engine, { table: cell.name, input: input.name, inputColumns, idColumn: cell.settings.idColumn, labels: previous.labels!.table, names, queryId });
  return { ...(await describeTable(engine, cell.name)), cluster: new ClusterView(previous.summary, previous.labels) };
}

async function fit(
  engine: EngineClient, cell: ClusterCell, input: Cell, workbook: Workbook, fitted: FittedLabels, queryId: string, onProgress: ProgressListener,
): Promise<ClusterResult> {
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
    const { summary, labelsIpc } = outcome.value;
    onProgress({ phase: 'query', fraction: 0.95, detail: cell.name });
    const names = clusterNames(summary.proposedNames[workbook.locale], cell.settings.names);
    await writeClusterTable(engine, {
      table: cell.name, input: input.name, inputColumns, idColumn: cell.settings.idColumn, labels: fitted.table, labelsIpc, names, keepLabels: true, queryId,
    });
    try {
      return { ...(await describeTable(engine, cell.name)), cluster: new ClusterView(summary, fitted) };
    } catch (e) {
      // the runtime keeps the previous fit's record: these new labels must not pass for its
      await dropLabelsTable(engine, fitted.table);
      throw e;
    }
  } finally {
    if (active === run) active = null;
  }
}
