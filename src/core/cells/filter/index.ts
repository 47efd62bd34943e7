// A filter cell keeps the rows of its input that meet its conditions (core/filter compiles
// them). It reads column types, so it compiles at run time, once the input table exists.

import { segbookError, type SegbookError } from '../../errors';
import { defaultFilterSettings } from '../../filter/schema';
import type { FilterSettings } from '../../filter/types';
import type { FilterCell } from '../../workbook/types';

export const filterDefaultName = 'filtered';

export function defaultFilterCellSettings(): FilterSettings {
  return defaultFilterSettings();
}

export function validateFilterCell(cell: FilterCell): SegbookError | null {
  if (cell.inputs.length === 0) return segbookError('cell.noInput', { name: cell.name });
  return null;
}
