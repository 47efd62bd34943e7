// Time units in two steps, because DuckDB's date_trunc costs about a second per 10M rows
// while extracting parts costs a tenth of that: each row gets a small key (year, month
// number, day...), groups are formed on the key, and only the groups turn it into a timestamp.

import { assertNever } from '../assert-never';
import type { TimeUnit } from './types';

/** A Monday: weeks are counted from it, so week keys are ISO weeks. */
const WEEK_EPOCH = "DATE '1970-01-05'";

/** Per input row: the cheap key of the period `column` falls in. */
export function timeUnitKey(unit: TimeUnit, column: string): string {
  const ts = `CAST(${column} AS TIMESTAMP)`;
  switch (unit) {
    case 'year':
      return `year(${ts})`;
    case 'yearmonth':
      return `year(${ts}) * 12 + month(${ts}) - 1`;
    case 'yearmonthdate':
      return `CAST(${ts} AS DATE)`;
    case 'week':
      return `floor((CAST(${ts} AS DATE) - ${WEEK_EPOCH}) / 7)`;
    case 'quarter':
      return `quarter(${ts})`;
    case 'month':
      return `month(${ts})`;
    case 'day':
      return `dayofweek(${ts})`;
    case 'hour':
      return `hour(${ts})`;
    default:
      return assertNever(unit);
  }
}

/**
 * Per group: the key as the timestamp Vega-Lite draws. TIMESTAMP, never DATE: naive timestamps
 * arrive as local-time strings, which is how Vega parses and floors them. Periodic units land on
 * Vega's reference dates (year 2012, which starts on a Sunday), so Vega-Lite's own timeUnit
 * formatting labels them ("Mar", "Sun", "Q2") in the user's locale.
 */
export function timeUnitValue(unit: TimeUnit, key: string): string {
  switch (unit) {
    case 'year':
      return `make_timestamp(${key}, 1, 1, 0, 0, 0)`;
    case 'yearmonth':
      return `make_timestamp(${key} // 12, ${key} % 12 + 1, 1, 0, 0, 0)`;
    case 'yearmonthdate':
      return `CAST(${key} AS TIMESTAMP)`;
    case 'week':
      return `CAST(${WEEK_EPOCH} + CAST(${key} * 7 AS INTEGER) AS TIMESTAMP)`;
    case 'quarter':
      return `make_timestamp(2012, 3 * ${key} - 2, 1, 0, 0, 0)`;
    case 'month':
      return `make_timestamp(2012, ${key}, 1, 0, 0, 0)`;
    case 'day':
      return `make_timestamp(2012, 1, 1 + ${key}, 0, 0, 0)`;
    case 'hour':
      return `make_timestamp(2012, 1, 1, ${key}, 0, 0)`;
    default:
      return assertNever(unit);
  }
}
