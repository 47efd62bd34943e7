// Filter settings -> SQL over the input table: the filtered rows, or the row counts before and
// after. Pure: the caller passes `now`, so "today" is the same in a test and on every rerun.

import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import { compileCondition } from './condition-sql';
import { MAX_FILTER_DEPTH, type FilterGroup, type FilterInput, type FilterProblem, type FilterSettings } from './types';

export const ROWS_BEFORE = 'rows_before';
export const ROWS_AFTER = 'rows_after';

type Predicate = { sql: string | null } | { problem: FilterProblem };

/** SELECT * FROM the input, WHERE the conditions hold; no conditions: every row. */
export function compileFilter(settings: FilterSettings, input: FilterInput, now: Date): { sql: string } | { problem: FilterProblem } {
  const where = compileWhere(settings, input, now);
  if ('problem' in where) return where;
  const from = `SELECT *\nFROM ${quoteIdent(input.table)}`;
  return { sql: where.sql === null ? from : `${from}\nWHERE ${where.sql}` };
}

/** One row: rows_before and rows_after as DOUBLE (COUNT would arrive as BigInt). */
export function compileFilterCounts(settings: FilterSettings, input: FilterInput, now: Date): { sql: string } | { problem: FilterProblem } {
  const where = compileWhere(settings, input, now);
  if ('problem' in where) return where;
  const after = where.sql === null ? 'count(*)' : `count(*) FILTER (WHERE ${where.sql})`;
  return {
    sql: `SELECT\n  CAST(count(*) AS DOUBLE) AS ${quoteIdent(ROWS_BEFORE)},\n  CAST(${after} AS DOUBLE) AS ${quoteIdent(ROWS_AFTER)}\nFROM ${quoteIdent(input.table)}`,
  };
}

/** The WHERE predicate alone (null: no conditions), for callers that build their own query. */
export function compileWhere(settings: FilterSettings, input: FilterInput, now: Date): Predicate {
  return groupSql(settings.where, input, now, [], 1);
}

function groupSql(group: FilterGroup, input: FilterInput, now: Date, path: number[], depth: number): Predicate {
  if (depth > MAX_FILTER_DEPTH) return { problem: { code: 'filter.tooDeep', params: { max: MAX_FILTER_DEPTH }, path } };
  const parts: string[] = [];
  for (const [index, item] of group.items.entries()) {
    const itemPath = [...path, index];
    if (item.kind === 'group') {
      const nested = groupSql(item, input, now, itemPath, depth + 1);
      if ('problem' in nested) return nested;
      // An empty group is a group still being written: it neither keeps nor drops rows.
      if (nested.sql !== null) parts.push(nested.sql);
      continue;
    }
    const column = findColumn(input.columns, item.column);
    if (!column) return { problem: { code: 'filter.unknownColumn', params: { column: item.column }, path: itemPath } };
    const condition = compileCondition(item, column, input.table, now);
    if ('problem' in condition) return { problem: { ...condition.problem, path: itemPath } };
    parts.push(condition.sql);
  }
  if (parts.length === 0) return { sql: null };
  const op = group.op === 'and' ? 'AND' : 'OR';
  if (depth === 1) return { sql: parts.join(`\n  ${op} `) };
  return { sql: parts.length === 1 ? parts[0]! : `(${parts.join(` ${op} `)})` };
}

/** DuckDB resolves column names case-insensitively, and so does the filter. */
function findColumn(columns: readonly ColumnInfo[], name: string): ColumnInfo | undefined {
  return columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
}
