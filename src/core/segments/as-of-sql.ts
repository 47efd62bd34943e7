// The `as_of` CTE shared by the RFM, lifecycle and behaviour compilers: one row, the instant D
// (midnight at the start of the as-of day), or without a date the day after the latest row.

import { quoteLiteral } from '../sql/quote';

/** `timeColumn` and `fromCte` name the rows the automatic date is taken from. */
export function asOfCte(asOf: string | null, timeColumn: string, fromCte: string, what: 'order' | 'row'): string {
  const body =
    asOf === null
      ? `  -- no as-of date given: the day after the latest ${what}\n  SELECT CAST(max(CAST(${timeColumn} AS DATE)) + 1 AS TIMESTAMP) AS as_of_at FROM ${fromCte}`
      : `  SELECT CAST(${quoteLiteral(asOf)} AS TIMESTAMP) AS as_of_at`;
  return `as_of AS (\n${body}\n)`;
}
