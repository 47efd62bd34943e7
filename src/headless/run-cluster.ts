// A cluster cell in a headless run: k-means in this process (no page to keep responsive), on
// the same feature query, job and table writer as the app's worker.
import { isSegbookError, segbookError, toSegbookError, type SegbookError } from '../core/errors';
import type { ClusterCell } from '../core/workbook/types';
import type { EngineApi } from '../engine/protocol';
import type { Locale } from '../i18n/messages';
import { clusterJob } from '../workers/kmeans/cluster-job';
import { clusterNames } from '../workers/kmeans/cluster-names';
import type { ClusterSummary } from '../workers/kmeans/protocol';
import { readFeatures } from '../workers/kmeans/read-features';
import { labelsTableName, writeClusterTable } from '../workers/kmeans/write-cluster-table';

/** `locale`: the language of proposed cluster names written to the table (the workbook's). */
export async function runClusterHeadless(
  engine: EngineApi, cell: ClusterCell, inputTable: string, locale: Locale = 'en',
): Promise<{ rowCount: number; summary: ClusterSummary } | SegbookError> {
  try {
    const { inputColumns, request, ipc } = await readFeatures(engine, inputTable, cell.settings);
    const outcome = clusterJob(ipc, request);
    if (!outcome.ok) return segbookError(outcome.problem.code, outcome.problem.params);
    const { summary, labelsIpc } = outcome.value;
    const names = clusterNames(summary.proposedNames[locale], cell.settings.names);
    // one run, no renames to come: the labels table is dropped once joined
    await writeClusterTable(engine, {
      table: cell.name, input: inputTable, inputColumns, idColumn: cell.settings.idColumn, labels: labelsTableName(cell.id), labelsIpc, names, keepLabels: false,
    });
    return { rowCount: summary.clusteredRows, summary };
  } catch (cause) {
    const inner = cause && typeof cause === 'object' && 'error' in cause ? (cause as { error: unknown }).error : cause;
    return isSegbookError(inner) ? inner : toSegbookError(inner);
  }
}
