// A cluster cell in a headless run: k-means in this process (no page to keep responsive).
// (Being built: see issue 5.)
import { segbookError, type SegbookError } from '../core/errors';
import type { ClusterCell } from '../core/workbook/types';
import type { EngineApi } from '../engine/protocol';

export async function runClusterHeadless(_engine: EngineApi, cell: ClusterCell, _inputTable: string): Promise<{ rowCount: number } | SegbookError> {
  return segbookError('engine.internal', { detail: `clustering (${cell.name}) is not available in headless runs yet` });
}
