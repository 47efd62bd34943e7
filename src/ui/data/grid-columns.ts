// Starting widths for grid columns, before the user drags them.

import type { ColumnInfo } from '../../core/workbook/import-options';
import { isNumericType } from './format-value';

export const MIN_COLUMN_WIDTH = 48;
const MAX_START_WIDTH = 320;
/** Rough width of one character of the header font; only used for a first guess. */
const CHAR_PX = 7.5;

export function defaultColumnWidth(column: ColumnInfo): number {
  const type = column.type.toUpperCase();
  const byType = isNumericType(type)
    ? 110
    : type.startsWith('TIMESTAMP')
      ? 170
      : type === 'DATE' || type === 'BOOLEAN' || type.startsWith('TIME')
        ? 100
        : 160;
  // The header shows the name above the type: leave room for the longer of the two.
  const byHeader = Math.max(column.name.length, column.type.length) * CHAR_PX + 28;
  return Math.round(Math.min(MAX_START_WIDTH, Math.max(MIN_COLUMN_WIDTH, byType, byHeader)));
}

/** Wide enough for the largest row number with grouping separators. */
export function rowNumberWidth(formattedLargest: string): number {
  return Math.max(44, Math.ceil(formattedLargest.length * CHAR_PX + 20));
}
