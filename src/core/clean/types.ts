// Saved settings of a clean cell: an ordered list of steps, each applied to the previous
// step's rows. Plain JSON, saved in the workbook. Column names are matched the way DuckDB
// matches them (exact first, then case-insensitively).

import type { ColumnInfo } from '../workbook/import-options';

export const CAST_TYPES = ['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL', 'DATE', 'TIMESTAMP', 'VARCHAR', 'BOOLEAN'] as const;
export type CastType = (typeof CAST_TYPES)[number];

/**
 * Keep one row per key: the first by `orderBy` (NULLs last; ties go to the row whose other
 * columns, in table order, sort first), or any row when orderBy is null.
 */
export interface DedupeStep {
  kind: 'dedupe';
  keys: string[];
  orderBy: { column: string; descending: boolean } | null;
}

/** Strips leading/trailing whitespace, Unicode spaces (U+3000, U+00A0) and BOMs included. */
export interface TrimStep {
  kind: 'trim';
  columns: string[];
  /** Runs of whitespace inside the text become one space. */
  collapseSpaces: boolean;
  /** Text left empty after trimming becomes NULL. */
  emptyAsNull: boolean;
}

/**
 * TRY_CAST: values that do not convert become NULL and are counted as cast failures.
 * `formats` (strptime, tried in order) apply when casting text or integers (19970101) to
 * DATE/TIMESTAMP; they are ignored for other targets, so flipping the target keeps them.
 */
export interface CastStep {
  kind: 'cast';
  column: string;
  to: CastType;
  formats: string[];
}

/** Drops rows where any of the columns is NULL. */
export interface DropNullsStep {
  kind: 'dropNulls';
  columns: string[];
}

export type FillValue = string | number | boolean;

/** mean/median are of the column's non-NULL values, rounded to the column type (integers: half away from zero). */
export interface FillNullsStep {
  kind: 'fillNulls';
  column: string;
  fill: { kind: 'constant'; value: FillValue } | { kind: 'mean' } | { kind: 'median' };
}

/**
 * Cancellations and returns: drops rows whose value matches. NULL never matches, so rows
 * without a value are kept. values: equal to one of them; prefix: text starting with it;
 * atMost: numbers <= value (quantity or amount <= 0).
 */
export interface ExcludeStep {
  kind: 'exclude';
  column: string;
  match: { kind: 'values'; values: (string | number)[] } | { kind: 'prefix'; prefix: string } | { kind: 'atMost'; value: number };
  /** Text only: 'Cancelled' matches 'cancelled'. */
  ignoreCase: boolean;
}

/** Winsorises at the type-7 percentiles p and 100 - p (as pandas' quantile and clip). */
export interface CapStep {
  kind: 'cap';
  column: string;
  /** 0 < percentile < 50: 1 caps at the 1st and 99th percentiles. */
  percentile: number;
  sides: 'both' | 'lower' | 'upper';
}

export type CleanStep = DedupeStep | TrimStep | CastStep | DropNullsStep | FillNullsStep | ExcludeStep | CapStep;
export type CleanStepKind = CleanStep['kind'];

/** In the order the editor's "add step" menu lists them. */
export const CLEAN_STEP_KINDS = ['dedupe', 'trim', 'cast', 'dropNulls', 'fillNulls', 'exclude', 'cap'] as const satisfies readonly CleanStepKind[];
export const cleanStepKindsComplete: CleanStepKind extends (typeof CLEAN_STEP_KINDS)[number] ? true : never = true;

export interface CleanSettings {
  steps: CleanStep[];
}

export interface CleanInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export type CleanProblemCode =
  | 'clean.unknownColumn' // params.column: not in the table after the earlier steps
  | 'clean.wrongType' // params.column, params.type, params.expected: 'text' | 'number' | 'sortable' | 'comparable' (text, number or date)
  | 'clean.badCast' // params.column, params.type, params.to: no sensible conversion (DATE -> INTEGER)
  | 'clean.badFormat' // params.format, params.specifier?: not a strptime format DuckDB reads offline
  | 'clean.emptyKeys' // dedupe without key columns
  | 'clean.emptyColumns' // trim / drop nulls without columns
  | 'clean.emptyMatch' // exclude without values or with an empty prefix
  | 'clean.badValue' // params.column, params.value, params.type: a fill or exclude value the column cannot hold
  | 'clean.badPercentile' // params.percentile: not strictly between 0 and 50
  | 'clean.notCastStep'; // params.step: cast failures asked of a step that is not a cast

export interface CleanProblem {
  code: CleanProblemCode;
  params: Record<string, string | number>;
  /** [step index] (0-based) of the step at fault. */
  path: number[];
}
