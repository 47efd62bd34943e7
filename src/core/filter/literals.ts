// User values as SQL literals: always quoteLiteral text with an explicit CAST, never raw text.
// Each returns null when the value cannot be read as the column's kind (a "filter.badValue").

import { columnKind } from '../roles/column-kind';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import { parseNaiveTemporal, type NaiveTemporal } from './temporal';
import type { FilterValue } from './types';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const INT64_MAX = 2n ** 63n - 1n;
const INT128_MAX = 2n ** 127n - 1n;

/** "1,200" and " 3.5 " are numbers; "abc", "1.2.3" and "" are not. Returns canonical text. */
export function parseNumber(value: FilterValue): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  const text = value.trim();
  if (GROUPED.test(text)) return text.replaceAll(',', '');
  return NUMBER.test(text) ? text : null;
}

/**
 * Integer columns compare exactly with integer values (ids beyond 2^53 stay exact), so the
 * literal is BIGINT or HUGEINT; everything else compares as DOUBLE.
 */
export function numberLiteral(value: FilterValue, columnType: string): string | null {
  const text = parseNumber(value);
  if (text === null) return null;
  if (columnKind(columnType) === 'integer' && INTEGER.test(text)) {
    const n = BigInt(text);
    const magnitude = n < 0n ? -n : n;
    if (magnitude <= INT64_MAX) return `CAST(${quoteLiteral(text)} AS BIGINT)`;
    if (magnitude <= INT128_MAX) return `CAST(${quoteLiteral(text)} AS HUGEINT)`;
  }
  return `CAST(${quoteLiteral(text)} AS DOUBLE)`;
}

export function textLiteral(value: FilterValue): string {
  return `CAST(${quoteLiteral(String(value))} AS VARCHAR)`;
}

export function parseTemporalValue(value: FilterValue): NaiveTemporal | null {
  return typeof value === 'string' ? parseNaiveTemporal(value) : null;
}

export function dateLiteral(date: string): string {
  return `CAST(${quoteLiteral(date)} AS DATE)`;
}

/** A date-only value is a DATE; with a time of day it is a TIMESTAMP. */
export function temporalLiteral(value: NaiveTemporal): string {
  return value.time === undefined ? dateLiteral(value.date) : `CAST(${quoteLiteral(`${value.date} ${value.time}`)} AS TIMESTAMP)`;
}

/** Text operators work on VARCHAR; ENUM, UUID and CHAR columns are cast to it first. */
export function textColumn(name: string, type: string): string {
  return type.trim().toUpperCase() === 'VARCHAR' ? quoteIdent(name) : `CAST(${quoteIdent(name)} AS VARCHAR)`;
}
