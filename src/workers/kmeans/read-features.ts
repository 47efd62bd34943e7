// Before a fit (browser and headless alike): the input's columns, the settings checked against
// them, and the feature columns read in one query as Arrow IPC bytes.
import { segbookError, SegbookFailure } from '../../core/errors';
import type { KmeansSettings } from '../../core/kmeans/settings';
import { quoteIdent } from '../../core/sql/quote';
import type { ColumnInfo } from '../../core/workbook/import-options';
import type { EngineApi } from '../../engine/protocol';
import { featureQuery } from './feature-query';
import type { ClusterRequest } from './protocol';
import { clusterRequest } from './requests';

export interface FeatureRead {
  inputColumns: ColumnInfo[];
  request: ClusterRequest;
  ipc: Uint8Array;
}

/** Throws SegbookFailure with the kmeans.* problem when the settings do not fit the input. */
export async function readFeatures(engine: EngineApi, input: string, settings: KmeansSettings, queryId?: string): Promise<FeatureRead> {
  const inputColumns = (await engine.query(`SELECT * FROM ${quoteIdent(input)} LIMIT 0`, queryId)).columns;
  const built = clusterRequest(settings, inputColumns);
  if (!built.ok) throw new SegbookFailure(segbookError(built.problem.code, built.problem.params));
  const { ipc } = await engine.query(featureQuery(input, settings.features.map((f) => f.column)), queryId);
  return { inputColumns, request: built.request, ipc };
}
