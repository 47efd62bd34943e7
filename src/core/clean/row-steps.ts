// Steps that remove rows and leave values alone: dedupe, drop nulls, exclude.

import { numberLiteral, parseNumber, parseTemporalValue, temporalLiteral, textLiteral } from '../filter/literals';
import { columnKind, isNumericKind, isTemporalKind } from '../roles/column-kind';
import type { ColumnInfo } from '../workbook/import-options';
import { col, keepRowsSql, textOf, type StepResult } from './step-sql';
import type { DedupeStep, ExcludeStep } from './types';

/** Rows with equal keys are duplicates; NULL keys count as equal, as in pandas' drop_duplicates. */
export function dedupeStep(step: DedupeStep, keys: ColumnInfo[], orderBy: ColumnInfo | null, columns: readonly ColumnInfo[]): StepResult {
  if (orderBy && columnKind(orderBy.type) === 'other') {
    return { problem: { code: 'clean.wrongType', params: { column: orderBy.name, type: orderBy.type, expected: 'sortable' } } };
  }
  const partition = keys.map((k) => col(k.name)).join(', ');
  let order = '';
  if (orderBy) {
    // Rows that tie on the order column are told apart by the other columns, in table order,
    // so that a rerun keeps the same row. Without an order the user said any row will do,
    // and DuckDB keeps whichever it meets first (no sort needed).
    const rest = columns.filter((c) => c !== orderBy && !keys.includes(c) && columnKind(c.type) !== 'other');
    const terms = [`${col(orderBy.name)} ${step.orderBy?.descending ? 'DESC' : 'ASC'} NULLS LAST`, ...rest.map((c) => `${col(c.name)} ASC NULLS LAST`)];
    order = ` ORDER BY ${terms.join(', ')}`;
  }
  return keepRowsSql('QUALIFY', `row_number() OVER (PARTITION BY ${partition}${order}) = 1`, columns);
}

export function dropNullsStep(targets: ColumnInfo[], columns: readonly ColumnInfo[]): StepResult {
  return keepRowsSql('WHERE', targets.map((c) => `${col(c.name)} IS NOT NULL`).join(' AND '), columns);
}

export function excludeStep(step: ExcludeStep, target: ColumnInfo, columns: readonly ColumnInfo[]): StepResult {
  const matched = matchSql(step, target);
  if ('problem' in matched) return matched;
  // NULL never matches: a row without a status is not a cancellation.
  return keepRowsSql('WHERE', `NOT coalesce(${matched.sql}, false)`, columns);
}

function matchSql(step: ExcludeStep, target: ColumnInfo): { sql: string } | Extract<StepResult, { problem: unknown }> {
  const kind = columnKind(target.type);
  const wrongType = (expected: string) => ({ problem: { code: 'clean.wrongType' as const, params: { column: target.name, type: target.type, expected } } });
  const badValue = (value: unknown) => ({ problem: { code: 'clean.badValue' as const, params: { column: target.name, value: String(value).slice(0, 100), type: target.type } } });
  const fold = (sql: string) => (step.ignoreCase ? `lower(${sql})` : sql);
  const { match } = step;
  switch (match.kind) {
    case 'prefix': {
      if (kind !== 'text') return wrongType('text');
      if (match.prefix === '') return { problem: { code: 'clean.emptyMatch', params: { column: target.name } } };
      return { sql: `starts_with(${fold(textOf(target.name, target.type))}, ${fold(textLiteral(match.prefix))})` };
    }
    case 'atMost': {
      if (!isNumericKind(kind)) return wrongType('number');
      return { sql: `${col(target.name)} <= ${numberLiteral(match.value, target.type)}` };
    }
    case 'values': {
      if (kind !== 'text' && !isNumericKind(kind) && !isTemporalKind(kind)) return wrongType('comparable');
      if (match.values.length === 0) return { problem: { code: 'clean.emptyMatch', params: { column: target.name } } };
      const literals: string[] = [];
      for (const value of new Set(match.values)) {
        const literal = valueLiteral(value, target);
        if (literal === null) return badValue(value);
        literals.push(kind === 'text' ? fold(literal) : literal);
      }
      const value = kind === 'text' ? fold(textOf(target.name, target.type)) : col(target.name);
      return { sql: `${value} IN (${literals.join(', ')})` };
    }
  }
}

function valueLiteral(value: string | number, target: ColumnInfo): string | null {
  const kind = columnKind(target.type);
  if (kind === 'text') return textLiteral(value);
  if (isNumericKind(kind)) return parseNumber(value) === null ? null : numberLiteral(value, target.type);
  if (isTemporalKind(kind)) {
    const temporal = parseTemporalValue(String(value));
    return temporal ? temporalLiteral(temporal) : null;
  }
  return null;
}
