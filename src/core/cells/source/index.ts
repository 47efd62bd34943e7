// A source cell imports one attached file (Source) as the table named by the cell.
// The engine does the import; there is no SQL to compile.

import { segbookError, type SegbookError } from '../../errors';
import type { SourceCell, SourceCellSettings, Workbook } from '../../workbook/types';

export const sourceDefaultName = 'source';

export function defaultSourceSettings(): SourceCellSettings {
  return { source: '' };
}

export function validateSource(cell: SourceCell, wb: Workbook): SegbookError | null {
  const source = wb.sources.find((s) => s.id === cell.settings.source);
  return source ? null : segbookError('cell.missingSource', { file: cell.settings.source || cell.name });
}

export function compileSource(): null {
  return null;
}
