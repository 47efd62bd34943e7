// The shape every compiled clean step has, and the two ways a step is written: keeping some
// rows (dedupe, drop nulls, exclude) or replacing some values (trim, cast, fill, cap).
// Data columns are always qualified ("t"."col") so that a statistic joined in beside them
// ("s"."lo") can never be mistaken for a data column of the same name.

import { columnKind } from '../roles/column-kind';
import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import type { CleanProblem } from './types';

export interface StepSql {
  /** The step's SELECT, reading the previous step's rows from `from` (a quoted CTE or table name). */
  select(from: string): string;
  /** Report: a scalar subquery over `from` counting values the step changed, or null (rows only). */
  valuesChanged: ((from: string) => string) | null;
  /** Report: a scalar subquery over `from` counting values a cast turned into NULL. */
  castFailures: ((from: string) => string) | null;
  /** The columns after the step (a cast changes a type). */
  columns: ColumnInfo[];
}

export type StepResult = StepSql | { problem: Omit<CleanProblem, 'path'> };

export const ROW = quoteIdent('t');
export const STATS = quoteIdent('s');

/** A data column of the previous step. */
export const col = (name: string) => `${ROW}.${quoteIdent(name)}`;
/** A statistic computed over the previous step, joined beside every row. */
export const stat = (name: string) => `${STATS}.${quoteIdent(name)}`;

export function keepRowsSql(clause: 'WHERE' | 'QUALIFY', condition: string, columns: readonly ColumnInfo[]): StepSql {
  return {
    select: (from) => `SELECT ${ROW}.*\n  FROM ${from} AS ${ROW}\n  ${clause} ${condition}`,
    valuesChanged: null,
    castFailures: null,
    columns: [...columns],
  };
}

export interface Replacement {
  column: string;
  expr: string;
}

/**
 * SELECT t.* REPLACE (...): the other columns pass through untouched. `stats(from)` is a
 * one-row SELECT over the previous step (quantiles, a mean) joined beside every row.
 */
export function replaceValuesSql(
  replacements: readonly Replacement[],
  columns: ColumnInfo[],
  stats?: (from: string) => string,
): StepSql {
  const source = (from: string) => `${from} AS ${ROW}${stats ? `\n  CROSS JOIN (${stats(from)}) AS ${STATS}` : ''}`;
  const replaced = replacements.map((r) => `${r.expr} AS ${quoteIdent(r.column)}`).join(',\n    ');
  return {
    select: (from) => `SELECT ${ROW}.* REPLACE (\n    ${replaced}\n  )\n  FROM ${source(from)}`,
    valuesChanged: (from) => {
      const changed = replacements.map((r) => `count(*) FILTER (WHERE ${col(r.column)} IS DISTINCT FROM ${r.expr})`).join(' + ');
      return `(SELECT CAST(${changed} AS DOUBLE) FROM ${source(from)})`;
    },
    castFailures: null,
    columns,
  };
}

// Type names DESCRIBE prints for plain types ('INTEGER', 'DECIMAL(10,2)', 'TIMESTAMP_NS').
// Only these are written back into SQL; ENUM('a', ...) carries data and is never copied.
const PLAIN_TYPE = /^[A-Z][A-Z0-9_ ]*(\(\d+(,\s*\d+)?\))?$/;

/** `expr` converted back to the column's own type, so a step never widens a column by accident. */
export function asColumnType(expr: string, type: string): string {
  if (!PLAIN_TYPE.test(type.trim().toUpperCase())) return expr;
  const kind = columnKind(type);
  // CAST of a DOUBLE to an integer rounds half to even; round() is half away from zero, as people round.
  const rounded = kind === 'integer' ? `round(${expr})` : expr;
  return `CAST(${rounded} AS ${type.trim()})`;
}

/** The type a step leaves when asColumnType could not keep it (ENUM filled with text becomes VARCHAR). */
export function typeAfterFill(type: string): string {
  return PLAIN_TYPE.test(type.trim().toUpperCase()) ? type : columnKind(type) === 'text' ? 'VARCHAR' : type;
}

/** Text operators work on VARCHAR; ENUM, UUID and CHAR columns are cast to it first. */
export function textOf(name: string, type: string): string {
  return type.trim().toUpperCase() === 'VARCHAR' ? col(name) : `CAST(${col(name)} AS VARCHAR)`;
}
