// "In the last N days/weeks/months": the N units ending with the anchor day, anchor day included.
// [anchor + 1 day - N units, anchor + 1 day). Today and fixed anchors become date literals (the
// SQL the user sees reads plainly); the latest date in the column is computed by DuckDB.

import { quoteIdent } from '../sql/quote';
import { dateLiteral } from './literals';
import { addDays, addMonths, localDay, parseNaiveTemporal } from './temporal';
import type { FilterProblemCode, RelativeRange } from './types';

export const MAX_RELATIVE_AMOUNT = 100_000;

export type RelativeSql = { sql: string } | { problem: FilterProblemCode; value?: string };

export function relativeRangeSql(range: RelativeRange | undefined, col: string, table: string, now: Date): RelativeSql {
  if (!range) return { problem: 'filter.missingValue' };
  const { amount, unit, anchor } = range;
  if (!Number.isInteger(amount) || amount < 1 || amount > MAX_RELATIVE_AMOUNT) return { problem: 'filter.badValue', value: String(amount) };
  const days = unit === 'week' ? amount * 7 : amount;

  if (anchor.kind === 'maxDate') {
    const end = `(SELECT CAST(max(${col}) AS DATE) + 1 FROM ${quoteIdent(table)})`;
    const start = unit === 'month' ? `CAST(${end} - to_months(${amount}) AS DATE)` : `${end} - ${days}`;
    return { sql: `(${col} >= ${start} AND ${col} < ${end})` };
  }

  let anchorDay: string;
  if (anchor.kind === 'today') anchorDay = localDay(now);
  else {
    const fixed = parseNaiveTemporal(anchor.date);
    if (!fixed) return { problem: 'filter.badValue', value: anchor.date.slice(0, 100) };
    anchorDay = fixed.date;
  }
  const end = addDays(anchorDay, 1);
  const start = unit === 'month' ? addMonths(end, -amount) : addDays(end, -days);
  return { sql: `(${col} >= ${dateLiteral(start)} AND ${col} < ${dateLiteral(end)})` };
}
