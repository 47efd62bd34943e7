// Brush to segment: a Vega-Lite selection on a chart becomes filter settings the user can edit.
// Interval brushes keep rows inside [lo, hi] inclusive, as Vega-Lite's own test does; point
// selections keep rows equal to one of the picked points.

import type { ColumnInfo } from '../workbook/import-options';
import { filterKindOf } from './operators';
import { MAX_GROUP_ITEMS } from './schema';
import { epochToNaiveTimestamp, parseNaiveTemporal } from './temporal';
import type { FilterCondition, FilterGroup, FilterProblem, FilterSettings, FilterValue } from './types';

export interface ChartSelection {
  type: 'interval' | 'point';
  /**
   * Vega-Lite's selection value: field -> [lo, hi] for an interval over a continuous scale, or
   * the picked values (points, and intervals over band scales). With several fields the i-th
   * values of all fields together are the i-th point. Temporal values are epoch ms, Dates or ISO text.
   */
  fields: Record<string, readonly unknown[]>;
}

export interface SelectionOptions {
  /** Chart field -> input column, when the chart renamed fields (ChartField.column -> ChartField.source). */
  columnOf?: Record<string, string>;
}

type Result = { settings: FilterSettings } | { problem: FilterProblem };

export function filterFromSelection(selection: ChartSelection, columns: readonly ColumnInfo[], options: SelectionOptions = {}): Result {
  const fields: { column: ColumnInfo; values: readonly unknown[] }[] = [];
  for (const [field, values] of Object.entries(selection.fields)) {
    const name = options.columnOf?.[field] ?? field;
    const column = columns.find((c) => c.name === name);
    if (!column) return problem('filter.unknownColumn', { column: name });
    if (values.length > 0) fields.push({ column, values });
  }
  if (fields.length === 0) return problem('filter.emptySelection', {});

  if (selection.type === 'interval') {
    const items = fields.map(({ column, values }) => (isContinuous(column) && values.length === 2 ? between(column, values) : anyOf(column, values)));
    return { settings: { where: { kind: 'group', op: 'and', items } } };
  }
  if (fields.length === 1) return { settings: { where: { kind: 'group', op: 'and', items: [anyOf(fields[0]!.column, fields[0]!.values)] } } };

  const points = new Map<string, FilterGroup>();
  const count = Math.min(...fields.map((f) => f.values.length));
  for (let i = 0; i < count; i++) {
    const items = fields.map(({ column, values }) => equalTo(column, values[i]));
    points.set(JSON.stringify(items), { kind: 'group', op: 'and', items });
  }
  if (points.size > MAX_GROUP_ITEMS) return problem('filter.tooManyPoints', { max: MAX_GROUP_ITEMS });
  return { settings: { where: { kind: 'group', op: 'or', items: [...points.values()] } } };
}

function problem(code: FilterProblem['code'], params: FilterProblem['params']): Result {
  return { problem: { code, params, path: [] } };
}

function isContinuous(column: ColumnInfo): boolean {
  const kind = filterKindOf(column.type);
  return kind === 'number' || kind === 'date' || kind === 'timestamp';
}

function isTemporal(column: ColumnInfo): boolean {
  const kind = filterKindOf(column.type);
  return kind === 'date' || kind === 'timestamp';
}

/** Interval ends keep their time of day even on DATE columns, so the rows are exactly those drawn inside the brush. */
function between(column: ColumnInfo, ends: readonly unknown[]): FilterCondition {
  const values = ends.map((v) => (isTemporal(column) ? temporalValue(v, 'timestamp') : settingsValue(v)));
  // A brush dragged right to left gives [hi, lo]; the cell should read low to high.
  const [a, b] = values as [FilterValue, FilterValue];
  const ordered = isTemporal(column) ? String(a) <= String(b) : Number(a) <= Number(b);
  return { kind: 'condition', column: column.name, operator: 'between', values: ordered ? [a, b] : [b, a] };
}

/** One condition, or "one of these or empty" when a null was picked. */
function anyOf(column: ColumnInfo, values: readonly unknown[]): FilterCondition | FilterGroup {
  const present = values.filter((v) => v !== null && v !== undefined);
  const kind = filterKindOf(column.type);
  const items: FilterCondition[] = [];
  if (kind === 'boolean') {
    for (const flag of new Set(present.map(Boolean))) items.push(condition(column, flag ? 'isTrue' : 'isFalse'));
  } else if (present.length > 0) {
    items.push({ kind: 'condition', column: column.name, operator: 'in', values: [...new Set(present.map((v) => valueFor(column, v)))] });
  }
  if (present.length < values.length) items.push(condition(column, 'isNull'));
  return items.length === 1 ? items[0]! : { kind: 'group', op: 'or', items };
}

function equalTo(column: ColumnInfo, value: unknown): FilterCondition {
  if (value === null || value === undefined) return condition(column, 'isNull');
  if (filterKindOf(column.type) === 'boolean') return condition(column, value ? 'isTrue' : 'isFalse');
  return { kind: 'condition', column: column.name, operator: 'in', values: [valueFor(column, value)] };
}

function condition(column: ColumnInfo, operator: FilterCondition['operator']): FilterCondition {
  return { kind: 'condition', column: column.name, operator, values: [] };
}

/** A picked point on a DATE column is a day; on a TIMESTAMP column an instant. */
function valueFor(column: ColumnInfo, value: unknown): FilterValue {
  const kind = filterKindOf(column.type);
  if (kind === 'date' || kind === 'timestamp') return temporalValue(value, kind);
  return settingsValue(value);
}

function settingsValue(value: unknown): FilterValue {
  return typeof value === 'number' ? value : String(value);
}

function temporalValue(value: unknown, as: 'date' | 'timestamp'): string {
  const naive = typeof value === 'string' ? parseNaiveTemporal(value) : null;
  if (naive) return as === 'date' || naive.time === undefined ? naive.date : `${naive.date} ${naive.time}`;
  // Epoch ms, Date objects and ISO text with a zone all name an instant; Vega drew it in local time.
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));
  if (!Number.isFinite(ms)) return String(value); // compileFilter reports it as a bad value
  const text = epochToNaiveTimestamp(ms);
  return as === 'date' ? text.slice(0, 10) : text;
}
