// Problems the user can fix, as plain data (the lead maps codes to errors.<code> sentences).
// checkLifecycleSettings runs before any SQL is built, so a compiled query never fails for these.

import * as v from 'valibot';
import { columnKind, isNumericKind, isTemporalKind } from '../../roles/column-kind';
import type { ColumnInfo } from '../../workbook/import-options';
import { lifecycleSettingsSchema, type LifecycleSettings } from './settings';

export type LifecycleProblemCode =
  | 'lifecycle.settingsInvalid' // params.path, params.detail: the saved settings do not match the schema
  | 'lifecycle.columnUnset' // params.role: customer | timestamp
  | 'lifecycle.columnMissing' // params.role, params.column: not a column of the input table
  | 'lifecycle.columnType' // params.role, params.column, params.type: timestamp must be a date/time, amount a number
  | 'lifecycle.asOfInvalid' // params.value: not a calendar date
  | 'lifecycle.thresholdsOrder'; // params.atRisk, params.churned: at risk must start before churned

export interface LifecycleProblem {
  code: LifecycleProblemCode;
  params: Record<string, string | number>;
}

export type LifecycleRole = 'customer' | 'timestamp' | 'amount' | 'order';

const problem = (code: LifecycleProblemCode, params: LifecycleProblem['params'] = {}): LifecycleProblem => ({ code, params });

/** A bound optional column, or null (absent or empty means not bound). */
export function optionalColumn(settings: LifecycleSettings, role: 'amount' | 'order'): string | null {
  return settings.columns[role] ? settings.columns[role] : null;
}

/**
 * The first problem with these settings, or null. With `columns` (the input table's), the
 * column bindings are checked too; without, only the settings themselves.
 */
export function checkLifecycleSettings(settings: LifecycleSettings, columns?: readonly ColumnInfo[]): LifecycleProblem | null {
  const parsed = v.safeParse(lifecycleSettingsSchema, settings);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem('lifecycle.settingsInvalid', { path: v.getDotPath(issue) ?? '', detail: issue.message });
  }
  return (columns ? checkColumns(settings, columns) : null) ?? checkAsOf(settings.asOf) ?? checkThresholds(settings);
}

function checkColumns(settings: LifecycleSettings, columns: readonly ColumnInfo[]): LifecycleProblem | null {
  const bound: [LifecycleRole, string | null, ((type: string) => boolean) | null][] = [
    ['customer', settings.columns.customer, null],
    ['timestamp', settings.columns.timestamp, (type) => isTemporalKind(columnKind(type))],
    ['amount', optionalColumn(settings, 'amount'), (type) => isNumericKind(columnKind(type))],
    ['order', optionalColumn(settings, 'order'), null],
  ];
  for (const [role, name, typeFits] of bound) {
    if (name === null) continue;
    if (name === '') return problem('lifecycle.columnUnset', { role });
    const column = columns.find((c) => c.name === name);
    if (!column) return problem('lifecycle.columnMissing', { role, column: name });
    if (typeFits && !typeFits(column.type)) return problem('lifecycle.columnType', { role, column: name, type: column.type });
  }
  return null;
}

export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkAsOf(asOf: string | null): LifecycleProblem | null {
  return asOf === null || isCalendarDate(asOf) ? null : problem('lifecycle.asOfInvalid', { value: asOf });
}

/** With A >= C nobody could ever be at risk: the user swapped or mistyped a threshold. */
function checkThresholds(settings: LifecycleSettings): LifecycleProblem | null {
  const { atRiskAfterDays, churnedAfterDays } = settings.thresholds;
  return atRiskAfterDays < churnedAfterDays ? null : problem('lifecycle.thresholdsOrder', { atRisk: atRiskAfterDays, churned: churnedAfterDays });
}
