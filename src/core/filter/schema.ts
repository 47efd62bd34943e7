// The saved filter settings' schema, with caps so a hostile workbook cannot exhaust memory, and
// the defaults a new filter cell (or a new condition row) starts from. Groups are spelled out
// level by level rather than recursively, so the depth limit holds without a recursion.

import * as v from 'valibot';
import type { ColumnInfo } from '../workbook/import-options';
import { OPERATORS_BY_KIND, filterKindOf } from './operators';
import { FILTER_OPERATORS, RELATIVE_UNITS, type FilterCondition, type FilterSettings } from './types';
import { MAX_RELATIVE_AMOUNT } from './relative-sql';

export const MAX_GROUP_ITEMS = 100;
/** Pasted id lists can be long; point selections on a chart rarely are. */
export const MAX_LIST_VALUES = 10_000;
export const MAX_VALUE_LENGTH = 1_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));

const value = v.union([text(MAX_VALUE_LENGTH), v.pipe(v.number(), v.finite())]);

const anchor = v.variant('kind', [
  v.strictObject({ kind: v.literal('today') }),
  v.strictObject({ kind: v.literal('maxDate') }),
  v.strictObject({ kind: v.literal('date'), date: text(40) }),
]);

export const filterConditionSchema = v.strictObject({
  kind: v.literal('condition'),
  column: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(1_000, 'longer than 1000 characters')),
  operator: v.picklist(FILTER_OPERATORS),
  values: v.pipe(v.array(value), v.maxLength(MAX_LIST_VALUES, `more than ${MAX_LIST_VALUES} values`)),
  relative: v.optional(
    v.strictObject({
      amount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_RELATIVE_AMOUNT)),
      unit: v.picklist(RELATIVE_UNITS),
      anchor,
    }),
  ),
});

const items = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.maxLength(MAX_GROUP_ITEMS, `more than ${MAX_GROUP_ITEMS} items`));
const group = <T extends v.GenericSchema>(item: T) =>
  v.strictObject({ kind: v.literal('group'), op: v.picklist(['and', 'or']), items: items(item) });

const condition = filterConditionSchema;
const level3 = group(condition);
const level2 = group(v.variant('kind', [condition, level3]));
const level1 = group(v.variant('kind', [condition, level2]));

export const filterSettingsSchema = v.strictObject({ where: level1 });

// Keeps the schema and the hand-written types in step: FilterSettings must accept every parsed
// value (the reverse does not hold: the type allows any depth, the schema stops at three).
type SchemaOutput = v.InferOutput<typeof filterSettingsSchema>;
export const filterSchemaFitsType: SchemaOutput extends FilterSettings ? true : never = true;
type ConditionOutput = v.InferOutput<typeof filterConditionSchema>;
export const conditionSchemaMatchesType: [ConditionOutput, FilterCondition] extends [FilterCondition, ConditionOutput] ? true : never = true;

/** Columns are not needed: a new filter keeps every row until the user adds a condition. */
export function defaultFilterSettings(_columns?: readonly ColumnInfo[]): FilterSettings {
  return { where: { kind: 'group', op: 'and', items: [] } };
}

/**
 * A new condition row for a column, in the shape its kind's first operator needs. Dates start as
 * "in the last 30 days up to the latest date in the column": exports are historical, and the
 * same range "as of today" would be empty for a file from last year.
 */
export function defaultCondition(column: ColumnInfo): FilterCondition {
  const operator = OPERATORS_BY_KIND[filterKindOf(column.type)][0]!;
  const base: FilterCondition = { kind: 'condition', column: column.name, operator, values: [] };
  if (operator === 'inLast') return { ...base, relative: { amount: 30, unit: 'day', anchor: { kind: 'maxDate' } } };
  return base;
}
