// Join settings -> SQL: the joined table (one CTE per join), and a report of how the keys met.

import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import { L, R } from './join-step';
import { planJoin, type JoinPlan, type PlannedJoin } from './plan';
import type { JoinInput, JoinProblem, JoinSettings, JoinWarning } from './types';

/** Report columns, in order; counts are DOUBLE (COUNT would arrive as BigInt). */
export const JOIN_REPORT_COLUMNS = [
  'join_index',
  'rows_before',
  'rows_after',
  'base_keys_matched',
  'base_keys_unmatched',
  'base_rows_null_key',
  'right_keys_unmatched',
  'right_rows_null_key',
  'right_rows_per_key_max',
] as const;

export type CompiledJoin = { sql: string; columns: ColumnInfo[]; warnings: JoinWarning[] } | { problem: JoinProblem };

/** The joined table; `columns` are its output columns, `warnings` the renamed ones. */
export function compileJoin(settings: JoinSettings, inputs: readonly JoinInput[]): CompiledJoin {
  const plan = planJoin(settings, inputs);
  if ('problem' in plan) return plan;
  return { sql: withJoins(plan, false, (last) => `SELECT *\nFROM ${last}`), columns: plan.columns, warnings: plan.warnings };
}

/**
 * One row per join (join_index 0-based, as problem paths). Keys are the distinct non-NULL key
 * values (tuples for several key columns), after any key cast: on the left, those of the table
 * built so far; on the right, those of the input as it is, before any summary.
 * rows_before/rows_after: rows of the table before and after this join. right_rows_per_key_max:
 * the most input rows sharing one key (above 1, an unsummarised join repeats base rows).
 */
export function compileJoinReport(settings: JoinSettings, inputs: readonly JoinInput[]): { sql: string } | { problem: JoinProblem } {
  const plan = planJoin(settings, inputs);
  if ('problem' in plan) return plan;
  const q = JOIN_REPORT_COLUMNS.map(quoteIdent);
  if (plan.joins.length === 0) {
    return { sql: `SELECT CAST(NULL AS INTEGER) AS ${q[0]}, ${q.slice(1).map((c) => `CAST(NULL AS DOUBLE) AS ${c}`).join(', ')}\nLIMIT 0` };
  }
  const rows = plan.joins.map((join, i) => reportRow(join, quoteIdent(i === 0 ? plan.baseName : plan.joins[i - 1]!.name)));
  return {
    sql: withJoins(plan, true, () => `SELECT ${q.join(', ')}\nFROM (\n  ${rows.join('\n  UNION ALL\n  ')}\n)\nORDER BY ${q[0]}`),
  };
}

function reportRow(join: PlannedJoin, from: string): string {
  const q = Object.fromEntries(JOIN_REPORT_COLUMNS.map((c) => [c, quoteIdent(c)])) as Record<(typeof JOIN_REPORT_COLUMNS)[number], string>;
  const { leftKeys, rightKeys } = join.sql;
  const aliases = leftKeys.map((_, i) => quoteIdent(`k_${i + 1}`));
  const groups = aliases.map((_, i) => i + 1).join(', ');
  const present = (keys: string[]) => keys.map((k) => `${k} IS NOT NULL`).join(' AND ');
  const count = (where: string) => `CAST(count(*) FILTER (WHERE ${where}) AS DOUBLE)`;
  const [p, n] = [quoteIdent('present'), quoteIdent('rows')];
  const leftSide = `(SELECT DISTINCT ${leftKeys.map((k, i) => `${k} AS ${aliases[i]}`).join(', ')}, true AS ${p} FROM ${from} AS ${L} WHERE ${present(leftKeys)})`;
  const rightSide = `(SELECT ${rightKeys.map((k, i) => `${k} AS ${aliases[i]}`).join(', ')}, count(*) AS ${n} FROM ${quoteIdent(join.right.table)} AS ${R} WHERE ${present(rightKeys)} GROUP BY ${groups})`;
  const on = aliases.map((a) => `${L}.${a} = ${R}.${a}`).join(' AND ');
  const keyStats = [
    `${count(`${L}.${p} AND ${R}.${n} IS NOT NULL`)} AS ${q.base_keys_matched}`,
    `${count(`${L}.${p} AND ${R}.${n} IS NULL`)} AS ${q.base_keys_unmatched}`,
    `${count(`${L}.${p} IS NULL`)} AS ${q.right_keys_unmatched}`,
    `CAST(coalesce(max(${R}.${n}), 0) AS DOUBLE) AS ${q.right_rows_per_key_max}`,
  ].join(', ');
  const nullKeys = (keys: string[], table: string, alias: string) =>
    `(SELECT ${count(keys.map((k) => `${k} IS NULL`).join(' OR '))} FROM ${table} AS ${alias})`;
  return [
    `SELECT ${join.index} AS ${q.join_index}`,
    `(SELECT CAST(count(*) AS DOUBLE) FROM ${from}) AS ${q.rows_before}`,
    `(SELECT CAST(count(*) AS DOUBLE) FROM ${quoteIdent(join.name)}) AS ${q.rows_after}`,
    `${q.base_keys_matched}, ${q.base_keys_unmatched}`,
    `${nullKeys(leftKeys, from, L)} AS ${q.base_rows_null_key}`,
    q.right_keys_unmatched,
    `${nullKeys(rightKeys, quoteIdent(join.right.table), R)} AS ${q.right_rows_null_key}`,
    `${q.right_rows_per_key_max}`,
  ].join(', ') + `\n  FROM (SELECT ${keyStats}\n    FROM ${leftSide} AS ${L}\n    FULL JOIN ${rightSide} AS ${R} ON ${on})`;
}

function withJoins(plan: JoinPlan, materialized: boolean, tail: (last: string) => string): string {
  const as = materialized ? 'AS MATERIALIZED' : 'AS';
  const ctes = [`${quoteIdent(plan.baseName)} ${as} (\n  SELECT * FROM ${quoteIdent(plan.base.table)}\n)`];
  plan.joins.forEach((join, i) => {
    const from = quoteIdent(i === 0 ? plan.baseName : plan.joins[i - 1]!.name);
    ctes.push(`${quoteIdent(join.name)} ${as} (\n  ${join.sql.select(from)}\n)`);
  });
  const last = quoteIdent(plan.joins.at(-1)?.name ?? plan.baseName);
  return `WITH\n${ctes.join(',\n')}\n${tail(last)}`;
}
