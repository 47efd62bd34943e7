// Edits the join editor makes: the cell's ordered inputs together with the settings that refer
// to them by index (so removing an input renumbers the joins), keys with the cast their types
// need, and the summary of a join's input. Pure, so they are unit-tested.
import { compileJoin, defaultJoinStep, MAX_JOINS, MAX_KEYS, MAX_SUMMARIES, type JoinAggregate, type JoinInput, type JoinKey, type JoinSettings, type JoinStep, type MeasureFn } from '../../../core/join';
import { keysComparable, proposeKeyCast } from '../../../core/join/keys';
import { columnKind, isNumericKind, isTemporalKind } from '../../../core/roles/column-kind';
import type { ColumnInfo } from '../../../core/workbook/import-options';

export interface JoinEdit {
  inputs: string[];
  settings: JoinSettings;
}

/** Add a table (by cell id) as an input, joined onto the base with the keys its roles suggest. */
export function addInput(inputs: readonly string[], settings: JoinSettings, id: string, tables: readonly JoinInput[]): JoinEdit {
  if (inputs.includes(id)) return { inputs: [...inputs], settings };
  const index = inputs.length;
  const next = [...inputs, id];
  if (inputs.length === 0) return { inputs: next, settings: { base: 0, joins: [] } };
  const base = tables[settings.base];
  const right = tables[index];
  if (!base || !right || settings.joins.length >= MAX_JOINS) return { inputs: next, settings };
  return { inputs: next, settings: { ...settings, joins: [...settings.joins, defaultJoinStep(base, right, index)] } };
}

/** Drop input `index` and its join; later inputs move up one. Removing the base makes the first joined input the base. */
export function removeInput(inputs: readonly string[], settings: JoinSettings, index: number): JoinEdit {
  const shift = (i: number) => (i > index ? i - 1 : i);
  let joins = settings.joins.filter((j) => j.input !== index);
  let base = settings.base;
  if (base === index) {
    base = joins[0]?.input ?? 0;
    joins = joins.filter((j) => j.input !== base);
  }
  return {
    inputs: inputs.filter((_, i) => i !== index),
    settings: { base: shift(base), joins: joins.map((j) => ({ ...j, input: shift(j.input) })) },
  };
}

/**
 * Make input `index` the base: its join goes, and the old base is joined onto it instead (with
 * proposed keys) at the front; other joins stay as they were.
 */
export function setBase(settings: JoinSettings, index: number, tables: readonly JoinInput[]): JoinSettings {
  if (index === settings.base || !tables[index]) return settings;
  const others = settings.joins.filter((j) => j.input !== index);
  const old = tables[settings.base];
  const back = old ? [defaultJoinStep(tables[index]!, old, settings.base)] : [];
  return { base: index, joins: [...back, ...others] };
}

export function replaceJoin(settings: JoinSettings, index: number, join: JoinStep): JoinSettings {
  return { ...settings, joins: settings.joins.map((j, i) => (i === index ? join : j)) };
}

/** Re-propose keys, summary and prefix for join `index` from its input's roles. */
export function suggestJoin(settings: JoinSettings, index: number, tables: readonly JoinInput[]): JoinSettings {
  const join = settings.joins[index];
  const left = { table: '', columns: leftColumnsAt(settings, tables, index) };
  const right = join ? tables[join.input] : undefined;
  return join && right ? replaceJoin(settings, index, defaultJoinStep(left, right, join.input)) : settings;
}

/**
 * The columns join `index` can key on: the table built by the base and the joins before it.
 * When one of those is broken, the base's own columns, so the user can still pick.
 */
export function leftColumnsAt(settings: JoinSettings, tables: readonly JoinInput[], index: number): ColumnInfo[] {
  const compiled = compileJoin({ base: settings.base, joins: settings.joins.slice(0, index) }, tables);
  return 'columns' in compiled ? compiled.columns : [...(tables[settings.base]?.columns ?? [])];
}

/** The cast a key pair needs: none when DuckDB compares the types as they are. */
export function keyCastFor(leftType: string | undefined, rightType: string | undefined): JoinKey['as'] {
  if (!leftType || !rightType || keysComparable(leftType, rightType)) return null;
  return proposeKeyCast(leftType, rightType);
}

/** Change one side of key `k`; the cast follows the new pair of types. */
export function setKey(join: JoinStep, k: number, patch: Partial<Pick<JoinKey, 'left' | 'right'>>, left: readonly ColumnInfo[], right: readonly ColumnInfo[]): JoinStep {
  const keys = join.keys.map((key, i) => {
    if (i !== k) return key;
    const next = { ...key, ...patch };
    const type = (cols: readonly ColumnInfo[], name: string) => cols.find((c) => c.name === name)?.type;
    return { ...next, as: keyCastFor(type(left, next.left), type(right, next.right)) };
  });
  return { ...join, keys };
}

export function addKey(join: JoinStep, left: readonly ColumnInfo[], right: readonly ColumnInfo[]): JoinStep {
  if (join.keys.length >= MAX_KEYS || left.length === 0 || right.length === 0) return join;
  const [l, r] = [left[0]!, right.find((c) => c.name === left[0]!.name) ?? right[0]!];
  return { ...join, keys: [...join.keys, { left: l.name, right: r.name, as: keyCastFor(l.type, r.type) }] };
}

export function removeKey(join: JoinStep, k: number): JoinStep {
  return { ...join, keys: join.keys.filter((_, i) => i !== k) };
}

/** Summarise the input per key (a row count to start) or bring its rows as they are. */
export function setSummarised(join: JoinStep, on: boolean): JoinStep {
  return { ...join, aggregate: on ? (join.aggregate ?? { count: true, measures: [], latest: [] }) : null };
}

/** The summaries a column allows, as the compiler checks them. */
export function measuresFor(type: string): MeasureFn[] {
  const kind = columnKind(type);
  if (isNumericKind(kind)) return ['sum', 'mean', 'max', 'min', 'countDistinct'];
  if (kind === 'text' || isTemporalKind(kind)) return ['max', 'min', 'countDistinct'];
  return ['countDistinct'];
}

/** Columns a "latest by" can order on: numbers and times. */
export function orderableColumns(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => { const kind = columnKind(c.type); return isNumericKind(kind) || isTemporalKind(kind); });
}

export function addMeasure(aggregate: JoinAggregate, columns: readonly ColumnInfo[]): JoinAggregate {
  if (aggregate.measures.length >= MAX_SUMMARIES) return aggregate;
  const column = columns.find((c) => isNumericKind(columnKind(c.type))) ?? columns[0];
  return column ? { ...aggregate, measures: [...aggregate.measures, { column: column.name, fn: measuresFor(column.type)[0]! }] } : aggregate;
}

/** A new column keeps the function when it still applies, else takes the column's first. */
export function setMeasure(aggregate: JoinAggregate, m: number, patch: { column?: ColumnInfo; fn?: MeasureFn }): JoinAggregate {
  const measures = aggregate.measures.map((measure, i) => {
    if (i !== m) return measure;
    if (patch.fn) return { ...measure, fn: patch.fn };
    if (!patch.column) return measure;
    const allowed = measuresFor(patch.column.type);
    return { column: patch.column.name, fn: allowed.includes(measure.fn) ? measure.fn : allowed[0]! };
  });
  return { ...aggregate, measures };
}

export function addLatest(aggregate: JoinAggregate, columns: readonly ColumnInfo[]): JoinAggregate {
  const by = orderableColumns(columns).find((c) => isTemporalKind(columnKind(c.type))) ?? orderableColumns(columns)[0];
  const column = columns.find((c) => c.name !== by?.name && columnKind(c.type) === 'text') ?? columns[0];
  if (!by || !column || aggregate.latest.length >= MAX_SUMMARIES) return aggregate;
  return { ...aggregate, latest: [...aggregate.latest, { column: column.name, by: by.name }] };
}

export const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);
