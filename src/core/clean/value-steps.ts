// Steps that change values and keep every row: trim, cast, fill nulls, cap outliers.

import { numberLiteral, parseNumber, parseTemporalValue, temporalLiteral, textLiteral } from '../filter/literals';
import { columnKind, isNumericKind } from '../roles/column-kind';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import { badFormatSpecifier, castAllowed, castFailedSql, castSql, castTypeSql } from './cast-sql';
import { ROW, asColumnType, col, replaceValuesSql, stat, textOf, typeAfterFill, type StepResult } from './step-sql';
import type { CapStep, CastStep, FillNullsStep, FillValue, TrimStep } from './types';

// RE2 classes: \s is ASCII only, so Unicode spaces (U+3000 ideographic, U+00A0 no-break) and
// the BOM that spreadsheet exports leave behind are named explicitly.
const SPACE = '[\\s\\v\\p{Z}\\x{FEFF}]';

const withType = (columns: readonly ColumnInfo[], name: string, type: string) =>
  columns.map((c) => (c.name === name ? { name, type } : c));

export function trimStep(step: TrimStep, targets: ColumnInfo[], columns: readonly ColumnInfo[]): StepResult {
  const wrong = targets.find((c) => columnKind(c.type) !== 'text');
  if (wrong) return { problem: { code: 'clean.wrongType', params: { column: wrong.name, type: wrong.type, expected: 'text' } } };
  const replacements = targets.map((c) => {
    let expr = `regexp_replace(${textOf(c.name, c.type)}, ${quoteLiteral(`^${SPACE}+|${SPACE}+$`)}, '', 'g')`;
    if (step.collapseSpaces) expr = `regexp_replace(${expr}, ${quoteLiteral(`${SPACE}+`)}, ' ', 'g')`;
    if (step.emptyAsNull) expr = `nullif(${expr}, '')`;
    return { column: c.name, expr };
  });
  let after = [...columns];
  for (const c of targets) after = withType(after, c.name, 'VARCHAR');
  return replaceValuesSql(replacements, after);
}

export function castStep(step: CastStep, target: ColumnInfo, columns: readonly ColumnInfo[]): StepResult {
  for (const format of step.formats) {
    const specifier = badFormatSpecifier(format);
    if (specifier !== null) return { problem: { code: 'clean.badFormat', params: { format, specifier } } };
  }
  if (!castAllowed(target.type, step.to, step.formats)) {
    return { problem: { code: 'clean.badCast', params: { column: target.name, type: target.type, to: step.to } } };
  }
  const expr = castSql(col(target.name), target.type, step.to, step.formats);
  const compiled = replaceValuesSql([{ column: target.name, expr }], withType(columns, target.name, castTypeSql(step.to)));
  const failed = castFailedSql(col(target.name), target.type, step.to, step.formats);
  // Every value changes type, so "values changed" says nothing here; failures say what matters.
  return { ...compiled, valuesChanged: null, castFailures: (from) => `(SELECT CAST(count(*) FILTER (WHERE ${failed}) AS DOUBLE) FROM ${from} AS ${ROW})` };
}

export function fillStep(step: FillNullsStep, target: ColumnInfo, columns: readonly ColumnInfo[]): StepResult {
  const kind = columnKind(target.type);
  const after = withType(columns, target.name, typeAfterFill(target.type));
  if (step.fill.kind === 'constant') {
    const literal = fillLiteral(step.fill.value, target);
    if (literal === null) return { problem: { code: 'clean.badValue', params: { column: target.name, value: String(step.fill.value).slice(0, 100), type: target.type } } };
    return replaceValuesSql([{ column: target.name, expr: `coalesce(${col(target.name)}, ${asColumnType(literal, target.type)})` }], after);
  }
  if (!isNumericKind(kind)) return { problem: { code: 'clean.wrongType', params: { column: target.name, type: target.type, expected: 'number' } } };
  const fn = step.fill.kind === 'mean' ? 'avg' : 'median';
  const stats = (from: string) => `SELECT ${fn}(${col(target.name)}) AS ${quoteIdent('value')} FROM ${from} AS ${ROW}`;
  return replaceValuesSql([{ column: target.name, expr: `coalesce(${col(target.name)}, ${asColumnType(stat('value'), target.type)})` }], after, stats);
}

/** The constant as a SQL literal of the column's kind; null when the column cannot hold it. */
function fillLiteral(value: FillValue, target: ColumnInfo): string | null {
  const kind = columnKind(target.type);
  if (kind === 'text') return typeof value === 'boolean' ? null : textLiteral(value);
  if (kind === 'boolean') {
    const text = String(value).trim().toLowerCase();
    return text === 'true' || text === 'false' ? `CAST(${quoteLiteral(text)} AS BOOLEAN)` : null;
  }
  if (typeof value === 'boolean') return null;
  if (isNumericKind(kind)) {
    const text = parseNumber(value);
    // An integer column cannot hold 2.5: filling it would silently round the user's value.
    if (text === null || (kind === 'integer' && !Number.isInteger(Number(text)))) return null;
    return numberLiteral(value, target.type);
  }
  if (kind === 'date' || kind === 'timestamp') {
    const temporal = parseTemporalValue(String(value));
    if (temporal === null || (kind === 'date' && temporal.time !== undefined)) return null;
    return temporalLiteral(temporal);
  }
  return null;
}

export function capStep(step: CapStep, target: ColumnInfo, columns: readonly ColumnInfo[]): StepResult {
  const { percentile: p } = step;
  if (!Number.isFinite(p) || p <= 0 || p >= 50) return { problem: { code: 'clean.badPercentile', params: { percentile: p } } };
  if (!isNumericKind(columnKind(target.type))) {
    return { problem: { code: 'clean.wrongType', params: { column: target.name, type: target.type, expected: 'number' } } };
  }
  const c = col(target.name);
  const percent = `CAST(${quoteLiteral(String(p))} AS DOUBLE)`;
  // The same arithmetic as p / 100 and (100 - p) / 100 in IEEE doubles, so a reference can repeat it.
  const stats = (from: string) =>
    `SELECT quantile_cont(${c}, ${percent} / 100) AS ${quoteIdent('lo')}, quantile_cont(${c}, (100 - ${percent}) / 100) AS ${quoteIdent('hi')} FROM ${from} AS ${ROW}`;
  const lower = step.sides !== 'upper' ? `WHEN ${c} < ${stat('lo')} THEN ${asColumnType(stat('lo'), target.type)} ` : '';
  const upper = step.sides !== 'lower' ? `WHEN ${c} > ${stat('hi')} THEN ${asColumnType(stat('hi'), target.type)} ` : '';
  return replaceValuesSql([{ column: target.name, expr: `CASE ${lower}${upper}ELSE ${c} END` }], [...columns], stats);
}
