// Reads the rows of compileJoinReport back into numbers per join, with the warnings they call
// for: a join that repeats base rows because its input has several rows per key.

import { JOIN_REPORT_COLUMNS } from './compile';
import type { JoinInput, JoinSettings, JoinWarning } from './types';

export interface JoinReport {
  joinIndex: number;
  rowsBefore: number;
  rowsAfter: number;
  baseKeysMatched: number;
  baseKeysUnmatched: number;
  baseRowsNullKey: number;
  rightKeysUnmatched: number;
  rightRowsNullKey: number;
  rightRowsPerKeyMax: number;
}

const FIELDS: Record<(typeof JOIN_REPORT_COLUMNS)[number], keyof JoinReport> = {
  join_index: 'joinIndex',
  rows_before: 'rowsBefore',
  rows_after: 'rowsAfter',
  base_keys_matched: 'baseKeysMatched',
  base_keys_unmatched: 'baseKeysUnmatched',
  base_rows_null_key: 'baseRowsNullKey',
  right_keys_unmatched: 'rightKeysUnmatched',
  right_rows_null_key: 'rightRowsNullKey',
  right_rows_per_key_max: 'rightRowsPerKeyMax',
};

/** `result` as decodeRows gives it. */
export function readJoinReport(
  settings: JoinSettings,
  inputs: readonly JoinInput[],
  result: { columns: readonly { name: string }[]; rows: readonly (readonly unknown[])[] },
): { joins: JoinReport[]; warnings: JoinWarning[] } {
  const position = new Map(result.columns.map((c, i) => [c.name, i]));
  const joins = result.rows.map((row) => {
    const report = {} as JoinReport;
    for (const [column, field] of Object.entries(FIELDS)) report[field] = Number(row[position.get(column) ?? -1] ?? 0);
    return report;
  });
  const warnings: JoinWarning[] = [];
  for (const report of joins) {
    const step = settings.joins[report.joinIndex];
    if (!step || step.aggregate || report.rightRowsPerKeyMax <= 1) continue;
    const table = inputs[step.input]?.table ?? '';
    warnings.push({ code: 'join.fanOut', params: { table, rows: report.rightRowsPerKeyMax }, path: [report.joinIndex] });
  }
  return { joins, warnings };
}
