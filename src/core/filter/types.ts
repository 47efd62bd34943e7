// Saved settings of a filter cell: a tree of AND/OR groups (at most MAX_FILTER_DEPTH deep)
// whose leaves are conditions on one column each. Plain JSON, saved in the workbook.

import type { ColumnInfo } from '../workbook/import-options';

export const FILTER_OPERATORS = [
  // numbers (eq/neq/in/notIn also for text; in also for dates)
  'eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'in', 'notIn',
  // text
  'contains', 'notContains', 'startsWith', 'endsWith', 'isEmpty', 'isNotEmpty',
  // booleans
  'isTrue', 'isFalse',
  // dates and timestamps
  'on', 'before', 'after', 'inLast', 'notInLast',
  // every kind
  'isNull', 'isNotNull',
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** As typed or picked: numbers may arrive as text ("1,200"); dates as 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'. */
export type FilterValue = string | number;

export const RELATIVE_UNITS = ['day', 'week', 'month'] as const;
export type RelativeUnit = (typeof RELATIVE_UNITS)[number];

/**
 * The last day of a relative range. today: the local calendar day of the `now` given at compile
 * time; maxDate: the latest day in the column (historical exports); date: a fixed day.
 */
export type RelativeAnchor = { kind: 'today' } | { kind: 'maxDate' } | { kind: 'date'; date: string };

/** "in the last N units": the N days/weeks/months that end with the anchor day, inclusive. */
export interface RelativeRange {
  amount: number;
  unit: RelativeUnit;
  anchor: RelativeAnchor;
}

export interface FilterCondition {
  kind: 'condition';
  column: string;
  operator: FilterOperator;
  /** None for isNull/isTrue/inLast..., one for eq/contains/before..., two for between, one or more for in/notIn. */
  values: FilterValue[];
  /** inLast/notInLast only. */
  relative?: RelativeRange;
}

export interface FilterGroup {
  kind: 'group';
  op: 'and' | 'or';
  items: (FilterCondition | FilterGroup)[];
}

export interface FilterSettings {
  where: FilterGroup;
}

export const MAX_FILTER_DEPTH = 3;

export interface FilterInput {
  table: string;
  columns: readonly ColumnInfo[];
}

export type FilterProblemCode =
  | 'filter.unknownColumn' // params.column
  | 'filter.badOperator' // params.column, params.operator, params.type
  | 'filter.missingValue' // params.column, params.operator
  | 'filter.badValue' // params.column, params.value, params.type
  | 'filter.emptyList' // params.column
  | 'filter.tooDeep' // params.max
  | 'filter.emptySelection' // (brush) the selection holds no field or no value
  | 'filter.tooManyPoints'; // params.max: (brush) more selected points than a group holds

export interface FilterProblem {
  code: FilterProblemCode;
  params: Record<string, string | number>;
  /** Item indexes from the root group to the condition at fault ([] for the whole filter). */
  path: number[];
}
