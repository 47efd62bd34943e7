// Problems the user can fix, as plain data (the lead maps codes to errors.<code> sentences).
// checkBehaviourSettings runs before any SQL is built, so a compiled query never fails for these.

import * as v from 'valibot';
import { columnKind, isNumericKind, isTemporalKind } from '../../roles/column-kind';
import type { ColumnInfo } from '../../workbook/import-options';
import { boundColumn, rolesOf, type BehaviourRole } from './rules';
import { behaviourSettingsSchema, type BehaviourSettings, type EventTypeValues } from './settings';

export type BehaviourProblemCode =
  | 'behaviour.settingsInvalid' // params.path, params.detail: the saved settings do not match the schema
  | 'behaviour.columnUnset' // params.role, params.rule: the rule needs a column for this role
  | 'behaviour.columnMissing' // params.role, params.column: not a column of the input table
  | 'behaviour.columnType' // params.role, params.column, params.type: timestamp must be a date/time, discount true/false or a number
  | 'behaviour.asOfInvalid' // params.value: not a calendar date
  | 'behaviour.eventTypeOverlap'; // params.value, params.first, params.second: one value given two meanings

export interface BehaviourProblem {
  code: BehaviourProblemCode;
  params: Record<string, string | number>;
}

const problem = (code: BehaviourProblemCode, params: BehaviourProblem['params'] = {}): BehaviourProblem => ({ code, params });

const TYPE_FITS: Partial<Record<'customer' | 'timestamp' | BehaviourRole, (type: string) => boolean>> = {
  timestamp: (type) => isTemporalKind(columnKind(type)),
  discount: (type) => columnKind(type) === 'boolean' || isNumericKind(columnKind(type)),
};

/**
 * The first problem with these settings, or null. With `columns` (the input table's), the
 * columns the rule reads are checked too; without, only the settings themselves.
 */
export function checkBehaviourSettings(settings: BehaviourSettings, columns?: readonly ColumnInfo[]): BehaviourProblem | null {
  const parsed = v.safeParse(behaviourSettingsSchema, settings);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem('behaviour.settingsInvalid', { path: v.getDotPath(issue) ?? '', detail: issue.message });
  }
  return (columns ? checkColumns(settings, columns) : null) ?? checkAsOf(settings.asOf) ?? checkEventTypes(settings);
}

function checkColumns(settings: BehaviourSettings, columns: readonly ColumnInfo[]): BehaviourProblem | null {
  const { required, optional } = rolesOf(settings);
  const bound: ['customer' | 'timestamp' | BehaviourRole, string | null][] = [
    ['customer', settings.columns.customer],
    ['timestamp', settings.columns.timestamp],
    ...required.map((role) => [role, boundColumn(settings, role) ?? ''] as [BehaviourRole, string]),
    ...optional.map((role) => [role, boundColumn(settings, role)] as [BehaviourRole, string | null]),
  ];
  for (const [role, name] of bound) {
    if (name === null) continue;
    if (name === '') return problem('behaviour.columnUnset', { role, rule: settings.rule });
    const column = columns.find((c) => c.name === name);
    if (!column) return problem('behaviour.columnMissing', { role, column: name });
    const typeFits = TYPE_FITS[role];
    if (typeFits && !typeFits(column.type)) return problem('behaviour.columnType', { role, column: name, type: column.type });
  }
  return null;
}

function checkAsOf(asOf: string | null): BehaviourProblem | null {
  if (asOf === null) return null;
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? null : problem('behaviour.asOfInvalid', { value: asOf });
}

/**
 * A value meaning both "cart" and "purchase" would make every cart add its own purchase. Only
 * rules that read event types are held to this.
 */
function checkEventTypes(settings: BehaviourSettings): BehaviourProblem | null {
  if (!rolesOf(settings).required.includes('eventType')) return null;
  const meaningOf = new Map<string, keyof EventTypeValues>();
  for (const meaning of ['view', 'cart', 'purchase'] as const) {
    for (const value of settings.eventTypes[meaning]) {
      const first = meaningOf.get(value);
      if (first !== undefined && first !== meaning) return problem('behaviour.eventTypeOverlap', { value, first, second: meaning });
      meaningOf.set(value, meaning);
    }
  }
  return null;
}
