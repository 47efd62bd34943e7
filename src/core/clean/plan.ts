// Walks the steps in order, checking each against the columns the earlier steps leave (a cast
// changes a type, so a later trim or cap sees the new one), and names each step's CTE.

import type { ColumnInfo } from '../workbook/import-options';
import { dedupeStep, dropNullsStep, excludeStep } from './row-steps';
import type { StepResult, StepSql } from './step-sql';
import type { CleanInput, CleanProblem, CleanStep } from './types';
import { capStep, castStep, fillStep, trimStep } from './value-steps';

export interface PlannedStep {
  index: number;
  step: CleanStep;
  /** The CTE's name, unquoted: step_1_dedupe, step_2_trim, ... */
  name: string;
  sql: StepSql;
  /** The columns the step reads. */
  before: ColumnInfo[];
}

export type CleanPlan = { steps: PlannedStep[]; columns: ColumnInfo[] } | { problem: CleanProblem };

/** Plans steps [0, upTo) (all by default). */
export function planClean(steps: readonly CleanStep[], input: CleanInput, upTo = steps.length): CleanPlan {
  const names = cteNames(steps, input.table);
  let columns = [...input.columns];
  const planned: PlannedStep[] = [];
  for (const [index, step] of steps.slice(0, upTo).entries()) {
    const result = compileStep(step, columns);
    if ('problem' in result) return { problem: { ...result.problem, path: [index] } };
    planned.push({ index, step, name: names[index]!, sql: result, before: columns });
    columns = result.columns;
  }
  return { steps: planned, columns };
}

function compileStep(step: CleanStep, columns: readonly ColumnInfo[]): StepResult {
  const all = [...columns];
  const find = (name: string) => findColumn(columns, name);
  const unknown = (column: string): StepResult => ({ problem: { code: 'clean.unknownColumn', params: { column } } });
  const findAll = (names: readonly string[]): ColumnInfo[] | string => {
    const found: ColumnInfo[] = [];
    for (const name of names) {
      const column = find(name);
      if (!column) return name;
      if (!found.includes(column)) found.push(column);
    }
    return found;
  };

  switch (step.kind) {
    case 'dedupe': {
      if (step.keys.length === 0) return { problem: { code: 'clean.emptyKeys', params: {} } };
      const keys = findAll(step.keys);
      if (typeof keys === 'string') return unknown(keys);
      const orderBy = step.orderBy ? find(step.orderBy.column) : null;
      if (orderBy === undefined) return unknown(step.orderBy!.column);
      return dedupeStep(step, keys, orderBy, all);
    }
    case 'trim':
    case 'dropNulls': {
      if (step.columns.length === 0) return { problem: { code: 'clean.emptyColumns', params: {} } };
      const targets = findAll(step.columns);
      if (typeof targets === 'string') return unknown(targets);
      return step.kind === 'trim' ? trimStep(step, targets, all) : dropNullsStep(targets, all);
    }
    case 'cast':
    case 'fillNulls':
    case 'exclude':
    case 'cap': {
      const target = find(step.column);
      if (!target) return unknown(step.column);
      if (step.kind === 'cast') return castStep(step, target, all);
      if (step.kind === 'fillNulls') return fillStep(step, target, all);
      if (step.kind === 'exclude') return excludeStep(step, target, all);
      return capStep(step, target, all);
    }
  }
}

/** DuckDB resolves column names case-insensitively, and so do the steps. */
export function findColumn(columns: readonly ColumnInfo[], name: string): ColumnInfo | undefined {
  return columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

const snake = (kind: string) => kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * step_1_dedupe, step_2_cast, ... A CTE hides a table of the same name from the CTEs after
 * it, so when the input table is itself called step_1_dedupe every name gets a prefix.
 */
function cteNames(steps: readonly CleanStep[], table: string): string[] {
  let prefix = '';
  const names = () => steps.map((step, i) => `${prefix}step_${i + 1}_${snake(step.kind)}`);
  while (names().some((name) => name.toLowerCase() === table.toLowerCase())) prefix = `clean_${prefix}`;
  return names();
}
