// Saved settings of a join cell: one base table (usually customers) and joins onto it, applied
// in order, each bringing some columns of another input. Plain JSON, saved in the workbook.

import type { ColumnInfo } from '../workbook/import-options';

export const JOIN_KINDS = ['left', 'inner', 'full'] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];

/** Both sides of a key are TRY_CAST to this type first (a VARCHAR id against a BIGINT one). */
export const KEY_CASTS = ['VARCHAR', 'BIGINT', 'DOUBLE', 'DATE', 'TIMESTAMP'] as const;
export type KeyCast = (typeof KEY_CASTS)[number];

export interface JoinKey {
  /** A column of the table built so far: the base's, or one an earlier join brought (by its output name). */
  left: string;
  /** A column of this join's input. */
  right: string;
  as: KeyCast | null;
}

export const MEASURE_FNS = ['sum', 'mean', 'min', 'max', 'countDistinct'] as const;
export type MeasureFn = (typeof MEASURE_FNS)[number];

/**
 * Many rows per key (orders per customer) summarised to one before joining, so the join keeps
 * one row per base row. Output names: row_count, <fn>_<column> (count_distinct_<column>),
 * latest_<column>, each after the join's prefix.
 */
export interface JoinAggregate {
  count: boolean;
  measures: { column: string; fn: MeasureFn }[];
  /**
   * The value of `column` on the row with the greatest `by` (the last channel by order time),
   * among rows where both are present; on a tie in `by`, the greatest value.
   */
  latest: { column: string; by: string }[];
}

export interface JoinStep {
  /** Index into the inputs given to compileJoin. */
  input: number;
  kind: JoinKind;
  keys: JoinKey[];
  /** Columns of the input to bring; null: all but the key columns. Ignored when aggregating. */
  columns: string[] | null;
  /** Put before every column this join brings ('orders_'), so names from different inputs cannot clash. */
  prefix: string;
  aggregate: JoinAggregate | null;
}

export interface JoinSettings {
  /** Index into the inputs of the table every row of a left join keeps. */
  base: number;
  joins: JoinStep[];
}

export interface JoinInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export type JoinProblemCode =
  | 'join.badInput' // params.input, params.count: the input index is not one of the cell's inputs
  | 'join.noKeys' // a join without key pairs
  | 'join.unknownColumn' // params.column, params.table: not in that table (left side: the table built so far)
  | 'join.keyTypeMismatch' // params.left, params.leftType, params.right, params.rightType, params.cast: the proposed KeyCast
  | 'join.badKeyCast' // params.column, params.type, params.cast: the key cannot be cast to that type
  | 'join.wrongType' // params.column, params.type, params.fn: a summary that does not apply to the column's type
  | 'join.emptyAggregate'; // a summary that computes nothing

export interface JoinProblem {
  code: JoinProblemCode;
  params: Record<string, string | number>;
  /** [join index] (0-based) of the join at fault; [] for the base. */
  path: number[];
}

export type JoinWarningCode =
  | 'join.fanOut' // params.table, params.rows: up to `rows` input rows per key and no summary: base rows repeat
  | 'join.renamedColumn'; // params.column, params.as: the prefixed name was taken, so a number was added

export interface JoinWarning {
  code: JoinWarningCode;
  params: Record<string, string | number>;
  path: number[];
}
