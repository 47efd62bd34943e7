// Problems the user can fix, as plain data (the lead maps codes to errors.<code> sentences).
// checkRfmSettings runs before any SQL is built, so a compiled query never fails for these.

import * as v from 'valibot';
import type { ColumnInfo } from '../../workbook/import-options';
import { OTHERS_SEGMENT, rfmSettingsSchema, type RfmDimension, type RfmSettings } from './settings';

export type RfmProblemCode =
  | 'rfm.settingsInvalid' // params.path, params.detail: the saved settings do not match the schema
  | 'rfm.columnUnset' // params.role: customer | timestamp | amount
  | 'rfm.columnMissing' // params.role, params.column: not a column of the input table
  | 'rfm.columnType' // params.role, params.column, params.type: timestamp must be a date/time, amount a number
  | 'rfm.asOfInvalid' // params.value: not a calendar date
  | 'rfm.thresholdsCount' // params.dimension, params.expected, params.found: fixed method needs k - 1 thresholds
  | 'rfm.thresholdsOrder' // params.dimension: thresholds must be strictly ascending
  | 'rfm.rulesScale' // params.scale, params.k: the segment rules were written for another k
  | 'rfm.ruleRange' // params.segment, params.dimension, params.low, params.high, params.k
  | 'rfm.duplicateSegmentId'; // params.id: two rules share an id, or a rule uses the reserved id 'others'

export interface RfmProblem {
  code: RfmProblemCode;
  params: Record<string, string | number>;
}

export type RfmRole = 'customer' | 'timestamp' | 'amount' | 'order';

const problem = (code: RfmProblemCode, params: RfmProblem['params'] = {}): RfmProblem => ({ code, params });

const TEMPORAL_TYPE = /^(DATE|DATETIME|TIMESTAMP(_S|_MS|_NS)?|TIMESTAMP WITH TIME ZONE|TIMESTAMPTZ)$/i;
const NUMERIC_TYPE = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT\d?|FLOAT\d?|REAL|DOUBLE|(DECIMAL|NUMERIC)(\(\d+,\s*\d+\))?)$/i;

/** The order column, or null when none is bound (absent or empty means every row is an order). */
export function orderColumn(settings: RfmSettings): string | null {
  return settings.columns.order ? settings.columns.order : null;
}

/**
 * The first problem with these settings, or null. With `columns` (the input table's), the
 * column bindings are checked too; without, only the settings themselves.
 */
export function checkRfmSettings(settings: RfmSettings, columns?: readonly ColumnInfo[]): RfmProblem | null {
  const parsed = v.safeParse(rfmSettingsSchema, settings);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem('rfm.settingsInvalid', { path: v.getDotPath(issue) ?? '', detail: issue.message });
  }
  return (columns ? checkColumns(settings, columns) : null) ?? checkAsOf(settings.asOf) ?? checkScoring(settings) ?? checkRules(settings);
}

function checkColumns(settings: RfmSettings, columns: readonly ColumnInfo[]): RfmProblem | null {
  const bound: [RfmRole, string | null, RegExp | null][] = [
    ['customer', settings.columns.customer, null],
    ['timestamp', settings.columns.timestamp, TEMPORAL_TYPE],
    ['amount', settings.columns.amount, NUMERIC_TYPE],
    ['order', orderColumn(settings), null],
  ];
  for (const [role, name, type] of bound) {
    if (name === null) continue;
    if (name === '') return problem('rfm.columnUnset', { role });
    const column = columns.find((c) => c.name === name);
    if (!column) return problem('rfm.columnMissing', { role, column: name });
    if (type && !type.test(column.type.trim())) return problem('rfm.columnType', { role, column: name, type: column.type });
  }
  return null;
}

function checkAsOf(asOf: string | null): RfmProblem | null {
  if (asOf === null) return null;
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? null : problem('rfm.asOfInvalid', { value: asOf });
}

function checkScoring(settings: RfmSettings): RfmProblem | null {
  for (const dimension of ['r', 'f', 'm'] as const satisfies readonly RfmDimension[]) {
    const method = settings.scoring[dimension];
    if (method.method !== 'fixed') continue;
    const { thresholds } = method;
    if (thresholds.length !== settings.k - 1) {
      return problem('rfm.thresholdsCount', { dimension, expected: settings.k - 1, found: thresholds.length });
    }
    if (thresholds.some((t, i) => i > 0 && t <= thresholds[i - 1]!)) return problem('rfm.thresholdsOrder', { dimension });
  }
  return null;
}

function checkRules(settings: RfmSettings): RfmProblem | null {
  const { scale, rules } = settings.segments;
  if (scale !== settings.k) return problem('rfm.rulesScale', { scale, k: settings.k });
  const seen = new Set<string>([OTHERS_SEGMENT.id]);
  for (const rule of rules) {
    if (seen.has(rule.id)) return problem('rfm.duplicateSegmentId', { id: rule.id });
    seen.add(rule.id);
    for (const dimension of ['r', 'f', 'm', 'fm'] as const) {
      const range = rule[dimension];
      if (range && (range[0] > range[1] || range[1] > scale)) {
        return problem('rfm.ruleRange', { segment: rule.id, dimension, low: range[0], high: range[1], k: scale });
      }
    }
  }
  return null;
}
