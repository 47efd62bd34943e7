// Clean settings -> SQL: the cleaned rows (one CTE per step), a report of what each step did,
// and sample values a cast step could not convert.

import { quoteIdent, quoteLiteral } from '../sql/quote';
import { castFailedSql } from './cast-sql';
import { findColumn, planClean, type PlannedStep } from './plan';
import { ROW, col } from './step-sql';
import type { ColumnInfo } from '../workbook/import-options';
import type { CleanInput, CleanProblem, CleanSettings } from './types';

type Compiled = { sql: string } | { problem: CleanProblem };

/** Report columns, in order; counts are DOUBLE (COUNT would arrive as BigInt). */
export const CLEAN_REPORT_COLUMNS = ['step_index', 'kind', 'rows_before', 'rows_after', 'rows_removed', 'values_changed', 'cast_failures'] as const;
export const CAST_FAILURE_COLUMNS = ['value', 'rows'] as const;
export const MAX_CAST_FAILURE_SAMPLE = 1_000;

export function compileClean(settings: CleanSettings, input: CleanInput): Compiled {
  const plan = planClean(settings.steps, input);
  if ('problem' in plan) return plan;
  return { sql: withSteps(plan.steps, input, false, (last) => `SELECT *\nFROM ${last}`) };
}

/** The cleaned table's columns and types (a cast changes a type), without running anything. */
export function cleanOutputColumns(settings: CleanSettings, input: CleanInput): { columns: ColumnInfo[] } | { problem: CleanProblem } {
  const plan = planClean(settings.steps, input);
  return 'problem' in plan ? plan : { columns: plan.columns };
}

/**
 * One row per step: step_index (0-based, as problem paths), kind, rows before and after, rows
 * removed, values_changed (trim, fill, cap: values that differ afterwards; NULL for steps that
 * only remove rows, and for casts, which change every value's type) and cast_failures (casts:
 * non-blank values that became NULL; NULL for other steps).
 */
export function compileCleanReport(settings: CleanSettings, input: CleanInput): Compiled {
  const plan = planClean(settings.steps, input);
  if ('problem' in plan) return plan;
  const [stepIndex, kind, before, after, removed, changed, failures] = CLEAN_REPORT_COLUMNS.map(quoteIdent);
  if (plan.steps.length === 0) {
    return {
      sql: `SELECT CAST(NULL AS INTEGER) AS ${stepIndex}, CAST(NULL AS VARCHAR) AS ${kind}, ${[before, after, removed, changed, failures].map((c) => `CAST(NULL AS DOUBLE) AS ${c}`).join(', ')}\nLIMIT 0`,
    };
  }
  const count = (from: string) => `(SELECT CAST(count(*) AS DOUBLE) FROM ${from})`;
  const rows = plan.steps.map((step, i) => {
    const from = i === 0 ? quoteIdent(input.table) : quoteIdent(plan.steps[i - 1]!.name);
    const orNull = (fn: ((from: string) => string) | null) => (fn ? fn(from) : 'CAST(NULL AS DOUBLE)');
    return [
      `SELECT ${step.index} AS ${stepIndex}`,
      `${quoteLiteral(step.step.kind)} AS ${kind}`,
      `${count(from)} AS ${before}`,
      `${count(quoteIdent(step.name))} AS ${after}`,
      `${orNull(step.sql.valuesChanged)} AS ${changed}`,
      `${orNull(step.sql.castFailures)} AS ${failures}`,
    ].join(', ');
  });
  // Each step is read twice (its own count, the next step's input): materialize it once.
  return {
    sql: withSteps(plan.steps, input, true, () =>
      [
        `SELECT ${stepIndex}, ${kind}, ${before}, ${after}, ${before} - ${after} AS ${removed}, ${changed}, ${failures}`,
        `FROM (\n  ${rows.join('\n  UNION ALL\n  ')}\n)`,
        `ORDER BY ${stepIndex}`,
      ].join('\n'),
    ),
  };
}

/** The most frequent values that cast step `stepIndex` turns into NULL, with how many rows hold each. */
export function compileCastFailures(settings: CleanSettings, input: CleanInput, stepIndex: number, limit: number): Compiled {
  const step = settings.steps[stepIndex];
  if (step?.kind !== 'cast') return { problem: { code: 'clean.notCastStep', params: { step: stepIndex }, path: [stepIndex] } };
  // Planning the step itself too checks its column and formats.
  const plan = planClean(settings.steps, input, stepIndex + 1);
  if ('problem' in plan) return plan;
  const target = plan.steps[stepIndex]!;
  const column = findColumn(target.before, step.column)!;
  const earlier = plan.steps.slice(0, stepIndex);
  const from = earlier.length === 0 ? quoteIdent(input.table) : quoteIdent(earlier.at(-1)!.name);
  const [value, rows] = CAST_FAILURE_COLUMNS.map(quoteIdent);
  const n = Math.max(1, Math.min(MAX_CAST_FAILURE_SAMPLE, Math.floor(Number.isFinite(limit) ? limit : 1)));
  const select = [
    `SELECT CAST(${col(column.name)} AS VARCHAR) AS ${value}, CAST(count(*) AS DOUBLE) AS ${rows}`,
    `FROM ${from} AS ${ROW}`,
    `WHERE ${castFailedSql(col(column.name), column.type, step.to, step.formats)}`,
    `GROUP BY 1`,
    `ORDER BY ${rows} DESC, ${value}`,
    `LIMIT ${n}`,
  ].join('\n');
  return { sql: earlier.length === 0 ? select : withSteps(earlier, input, false, () => select) };
}

function withSteps(steps: readonly PlannedStep[], input: CleanInput, materialized: boolean, tail: (last: string) => string): string {
  if (steps.length === 0) return tail(quoteIdent(input.table));
  const ctes = steps.map((step, i) => {
    const from = i === 0 ? quoteIdent(input.table) : quoteIdent(steps[i - 1]!.name);
    return `${quoteIdent(step.name)} AS ${materialized ? 'MATERIALIZED ' : ''}(\n  ${step.sql.select(from)}\n)`;
  });
  return `WITH\n${ctes.join(',\n')}\n${tail(quoteIdent(steps.at(-1)!.name))}`;
}
