// A chart cell draws its one input (inputs[0]); it makes no table. Running it means two small
// queries (state/run-chart.ts): the extent, then the aggregated rows Vega-Lite draws.

import { segbookError, type SegbookError } from '../../errors';
import type { ChartCell, ChartCellSettings } from '../../workbook/types';

export const chartDefaultName = 'chart';

export function defaultChartSettings(): ChartCellSettings {
  return { mode: 'builder', chart: { mark: 'bar', encodings: {} }, spec: '', title: '' };
}

export function validateChart(cell: ChartCell): SegbookError | null {
  if (cell.inputs.length === 0) return segbookError('cell.noInput', { name: cell.name });
  return null;
}

export function compileChart(): null {
  return null;
}

