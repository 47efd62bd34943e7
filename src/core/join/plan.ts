// Walks the joins in order; each sees the columns the earlier ones brought (by their output
// names), so a later join may key on a column an earlier one added.

import type { ColumnInfo } from '../workbook/import-options';
import { planJoinStep, type JoinStepSql } from './join-step';
import type { JoinInput, JoinProblem, JoinSettings, JoinStep, JoinWarning } from './types';

export interface PlannedJoin {
  index: number;
  step: JoinStep;
  right: JoinInput;
  /** The CTE's name, unquoted: join_1_left, join_2_full, ... */
  name: string;
  sql: JoinStepSql;
}

export interface JoinPlan {
  base: JoinInput;
  /** The CTE holding the base table: join_0_base. */
  baseName: string;
  joins: PlannedJoin[];
  columns: ColumnInfo[];
  warnings: JoinWarning[];
}

export function planJoin(settings: JoinSettings, inputs: readonly JoinInput[]): JoinPlan | { problem: JoinProblem } {
  const base = inputs[settings.base];
  if (!base || !Number.isInteger(settings.base)) return { problem: { code: 'join.badInput', params: { input: settings.base, count: inputs.length }, path: [] } };
  const names = cteNames(settings.joins, inputs);
  let columns = [...base.columns];
  const joins: PlannedJoin[] = [];
  const warnings: JoinWarning[] = [];
  for (const [index, step] of settings.joins.entries()) {
    const right = inputs[step.input];
    if (!right || !Number.isInteger(step.input)) return { problem: { code: 'join.badInput', params: { input: step.input, count: inputs.length }, path: [index] } };
    const sql = planJoinStep(step, right, columns, base.table);
    if ('problem' in sql) return { problem: { ...sql.problem, path: [index] } };
    joins.push({ index, step, right, name: names[index + 1]!, sql });
    warnings.push(...sql.warnings.map((w) => ({ ...w, path: [index] })));
    columns = sql.columns;
  }
  return { base, baseName: names[0]!, joins, columns, warnings };
}

/**
 * join_0_base, join_1_left, ... A CTE hides a table of the same name from the CTEs after it,
 * and inputs are read in every join, so when an input is named like one of these every name
 * gets a prefix.
 */
function cteNames(joins: readonly JoinStep[], inputs: readonly JoinInput[]): string[] {
  const tables = new Set(inputs.map((i) => i.table.toLowerCase()));
  let prefix = '';
  const names = () => [`${prefix}join_0_base`, ...joins.map((j, i) => `${prefix}join_${i + 1}_${j.kind}`)];
  while (names().some((name) => tables.has(name.toLowerCase()))) prefix = `j_${prefix}`;
  return names();
}
