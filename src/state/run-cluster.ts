// Running a cluster cell in the app: read the features from DuckDB, fit k-means in a worker,
// write the labels back as the cell's table. (Being built: see issue 5.)
import { segbookError, SegbookFailure } from '../core/errors';
import type { ClusterCell, Workbook } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import type { ClusterView } from './cluster-view';
import type { CellResult } from './run-steps';

export async function runClusterCell(
  _engine: EngineClient, cell: ClusterCell, _workbook: Workbook, _queryId: string, _onProgress: ProgressListener,
): Promise<CellResult & { cluster: ClusterView }> {
  throw new SegbookFailure(segbookError('engine.internal', { detail: `clustering (${cell.name}) is not available yet` }));
}
