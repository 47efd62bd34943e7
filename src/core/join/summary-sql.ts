// The summary of a many-rows-per-key input (orders per customer): which summaries apply to
// which column types, their SQL, and the type each leaves.

import { columnKind, isNumericKind, isTemporalKind } from '../roles/column-kind';
import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import { summaryName } from './output-names';
import type { JoinAggregate, JoinProblem, MeasureFn } from './types';

export interface Summary {
  /** Output name before the prefix: row_count, sum_amount, latest_channel. */
  name: string;
  /** SQL over the input aliased "r". */
  sql: string;
  type: string;
}

type Found = (name: string) => ColumnInfo | undefined;
type Problem = Omit<JoinProblem, 'path'>;

const ref = (column: ColumnInfo) => `${quoteIdent('r')}.${quoteIdent(column.name)}`;

export function summariesOf(aggregate: JoinAggregate, find: Found, table: string): Summary[] | { problem: Problem } {
  if (!aggregate.count && aggregate.measures.length === 0 && aggregate.latest.length === 0) {
    return { problem: { code: 'join.emptyAggregate', params: { table } } };
  }
  const unknown = (column: string) => ({ problem: { code: 'join.unknownColumn' as const, params: { column, table } } });
  const wrongType = (column: ColumnInfo, fn: string) => ({ problem: { code: 'join.wrongType' as const, params: { column: column.name, type: column.type, fn } } });
  const out: Summary[] = [];
  if (aggregate.count) out.push({ name: summaryName('count'), sql: 'count(*)', type: 'BIGINT' });
  for (const measure of aggregate.measures) {
    const column = find(measure.column);
    if (!column) return unknown(measure.column);
    const sql = measureSql(measure.fn, column);
    if (sql === null) return wrongType(column, measure.fn);
    out.push({ name: summaryName(measure.fn, column.name), sql: sql.sql, type: sql.type });
  }
  for (const latest of aggregate.latest) {
    const column = find(latest.column);
    if (!column) return unknown(latest.column);
    const by = find(latest.by);
    if (!by) return unknown(latest.by);
    const byKind = columnKind(by.type);
    if (!isNumericKind(byKind) && !isTemporalKind(byKind)) return wrongType(by, 'latest');
    // The latest value that is known. Lines of one invoice share its time, so ties are common:
    // the greatest value among them wins, or reruns could pick different ones.
    const known = `${ref(column)} IS NOT NULL AND ${ref(by)} IS NOT NULL`;
    const sql = `arg_max(${ref(column)}, (${ref(by)}, ${ref(column)})) FILTER (WHERE ${known})`;
    out.push({ name: summaryName('latest', column.name), sql, type: column.type });
  }
  return out;
}

function measureSql(fn: MeasureFn, column: ColumnInfo): { sql: string; type: string } | null {
  const kind = columnKind(column.type);
  switch (fn) {
    case 'countDistinct':
      return { sql: `count(DISTINCT ${ref(column)})`, type: 'BIGINT' };
    case 'min':
    case 'max':
      return kind === 'other' || kind === 'boolean' ? null : { sql: `${fn}(${ref(column)})`, type: column.type };
    case 'mean':
      return isNumericKind(kind) ? { sql: `avg(${ref(column)})`, type: 'DOUBLE' } : null;
    case 'sum':
      if (kind === 'integer') {
        // DuckDB sums integers into HUGEINT, which grids and later cells handle badly; a BIGINT
        // overflow fails the query loudly instead of wrapping.
        return { sql: `CAST(sum(${ref(column)}) AS BIGINT)`, type: 'BIGINT' };
      }
      if (kind === 'decimal') return { sql: `sum(${ref(column)})`, type: `DECIMAL(38,${decimalScale(column.type)})` };
      return kind === 'float' ? { sql: `sum(${ref(column)})`, type: 'DOUBLE' } : null;
  }
}

/** DECIMAL(10,2) -> 2; a bare DECIMAL is DuckDB's DECIMAL(18,3). */
function decimalScale(type: string): number {
  const match = /\(\s*\d+\s*,\s*(\d+)\s*\)/.exec(type);
  return match ? Number(match[1]) : 3;
}
