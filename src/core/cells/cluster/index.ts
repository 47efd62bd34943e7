// A cluster cell groups the rows of its input by k-means on chosen numeric columns
// (core/kmeans). It does not compile to SQL: the fit runs on typed arrays in a worker, and the
// labels come back to DuckDB as the cell's table (state/run-cluster.ts).

import { segbookError, type SegbookError } from '../../errors';
import { defaultKmeansSettings, type KmeansSettings } from '../../kmeans/settings';
import type { ClusterCell } from '../../workbook/types';

export const clusterDefaultName = 'clusters';

export function defaultClusterSettings(): KmeansSettings {
  return defaultKmeansSettings();
}

export function validateClusterCell(cell: ClusterCell): SegbookError | null {
  if (cell.inputs.length === 0) return segbookError('cell.noInput', { name: cell.name });
  return null;
}
