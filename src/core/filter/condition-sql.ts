// One condition -> one SQL predicate. Negated operators (neq, notIn, notContains, notInLast)
// also match NULL: "country is not UK" should keep rows with no country, as spreadsheet users
// expect, where plain SQL would silently drop them.

import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import { dateLiteral, numberLiteral, parseNumber, parseTemporalValue, temporalLiteral, textColumn, textLiteral } from './literals';
import { OPERATORS_BY_KIND, filterKindOf, operatorArity, type FilterKind } from './operators';
import { relativeRangeSql } from './relative-sql';
import { addDays, instantKey, type NaiveTemporal } from './temporal';
import type { FilterCondition, FilterProblem, FilterValue } from './types';

export type ConditionSql = { sql: string } | { problem: Omit<FilterProblem, 'path'> };

const negate = (col: string, positive: string) => `(${col} IS NULL OR NOT (${positive}))`;

export function compileCondition(condition: FilterCondition, column: ColumnInfo, table: string, now: Date): ConditionSql {
  const { operator } = condition;
  const kind = filterKindOf(column.type);
  const col = quoteIdent(column.name);
  if (!OPERATORS_BY_KIND[kind].includes(operator)) {
    return { problem: { code: 'filter.badOperator', params: { column: column.name, operator, type: column.type } } };
  }
  const arity = operatorArity(operator);
  if (arity === 'none') return { sql: nullarySql(operator, col, column) };
  if (arity === 'relative') {
    const range = relativeRangeSql(condition.relative, col, table, now);
    if ('problem' in range) {
      const params: FilterProblem['params'] = range.value === undefined ? { column: column.name, operator } : { column: column.name, value: range.value, type: column.type };
      return { problem: { code: range.problem, params } };
    }
    return { sql: operator === 'notInLast' ? negate(col, range.sql) : range.sql };
  }

  const values = condition.values.filter((value) => !(typeof value === 'string' && value.trim() === ''));
  const wanted = arity === 'two' ? 2 : 1;
  if (values.length < wanted) {
    const code = arity === 'list' ? 'filter.emptyList' : 'filter.missingValue';
    return { problem: { code, params: { column: column.name, operator } } };
  }
  const used = arity === 'list' ? [...new Set(values)] : values.slice(0, wanted);
  const bad = used.find((value) => !readable(kind, value));
  if (bad !== undefined) return { problem: { code: 'filter.badValue', params: { column: column.name, value: String(bad).slice(0, 100), type: column.type } } };

  if (kind === 'date' || kind === 'timestamp') return { sql: temporalSql(operator, col, used.map((v) => parseTemporalValue(v)!)) };
  const literal = (value: FilterValue) => (kind === 'number' ? numberLiteral(value, column.type)! : textLiteral(value));
  const target = kind === 'text' ? textColumn(column.name, column.type) : col;
  const [a, b] = used;
  switch (operator) {
    case 'eq':
      return { sql: `${target} = ${literal(a!)}` };
    case 'neq':
      return { sql: negate(col, `${target} = ${literal(a!)}`) };
    case 'lt':
      return { sql: `${col} < ${literal(a!)}` };
    case 'lte':
      return { sql: `${col} <= ${literal(a!)}` };
    case 'gt':
      return { sql: `${col} > ${literal(a!)}` };
    case 'gte':
      return { sql: `${col} >= ${literal(a!)}` };
    case 'between': {
      // A reversed range (100 to 10) is what the user meant the other way round.
      const [lo, hi] = Number(parseNumber(a!)) <= Number(parseNumber(b!)) ? [a!, b!] : [b!, a!];
      return { sql: `${col} BETWEEN ${literal(lo)} AND ${literal(hi)}` };
    }
    case 'in':
      return { sql: `${target} IN (${used.map(literal).join(', ')})` };
    case 'notIn':
      return { sql: negate(col, `${target} IN (${used.map(literal).join(', ')})`) };
    case 'contains':
      return { sql: `contains(lower(${target}), lower(${literal(a!)}))` };
    case 'notContains':
      return { sql: negate(col, `contains(lower(${target}), lower(${literal(a!)}))`) };
    case 'startsWith':
      return { sql: `starts_with(lower(${target}), lower(${literal(a!)}))` };
    case 'endsWith':
      return { sql: `ends_with(lower(${target}), lower(${literal(a!)}))` };
    default:
      throw new Error(`operator ${operator} is listed for ${kind} columns but not compiled`);
  }
}

function readable(kind: FilterKind, value: FilterValue): boolean {
  if (kind === 'number') return parseNumber(value) !== null;
  if (kind === 'date' || kind === 'timestamp') return parseTemporalValue(value) !== null;
  return true;
}

function nullarySql(operator: FilterCondition['operator'], col: string, column: ColumnInfo): string {
  switch (operator) {
    case 'isNull':
      return `${col} IS NULL`;
    case 'isNotNull':
      return `${col} IS NOT NULL`;
    case 'isEmpty':
      return `(${col} IS NULL OR trim(${textColumn(column.name, column.type)}) = '')`;
    case 'isNotEmpty':
      return `trim(${textColumn(column.name, column.type)}) <> ''`;
    case 'isTrue':
      return `${col} IS TRUE`;
    case 'isFalse':
      return `${col} IS FALSE`;
    default:
      throw new Error(`operator ${operator} takes values`);
  }
}

/** A date-only value means the whole day: "on", "after" and a "between" upper bound cover all of it. */
function temporalSql(operator: FilterCondition['operator'], col: string, values: NaiveTemporal[]): string {
  const [a, b] = values;
  const dayAfter = (v: NaiveTemporal) => dateLiteral(addDays(v.date, 1));
  const upTo = (v: NaiveTemporal) => (v.time === undefined ? `${col} < ${dayAfter(v)}` : `${col} <= ${temporalLiteral(v)}`);
  switch (operator) {
    case 'on':
      return `(${col} >= ${dateLiteral(a!.date)} AND ${col} < ${dayAfter(a!)})`;
    case 'before':
      return `${col} < ${temporalLiteral(a!)}`;
    case 'after':
      return a!.time === undefined ? `${col} >= ${dayAfter(a!)}` : `${col} > ${temporalLiteral(a!)}`;
    case 'between': {
      const [lo, hi] = instantKey(a!) <= instantKey(b!) ? [a!, b!] : [b!, a!];
      return `(${col} >= ${temporalLiteral(lo)} AND ${upTo(hi)})`;
    }
    case 'in':
      return `${col} IN (${values.map(temporalLiteral).join(', ')})`;
    default:
      throw new Error(`operator ${operator} is not a date operator`);
  }
}
