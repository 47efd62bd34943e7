// Problems the user can fix, as plain data (the lead maps codes to errors.<code> sentences).
// checkProfileSettings runs before any SQL is built, so a compiled query never fails for these.

import * as v from 'valibot';
import type { ColumnInfo } from '../../workbook/import-options';
import { profileSettingsSchema, type ProfileSettings } from './settings';

export type ProfileProblemCode =
  | 'profile.settingsInvalid' // params.path, params.detail: the saved settings do not match the schema
  | 'profile.columnUnset' // params.role: customer | segment (| revenue for the Pareto share)
  | 'profile.columnMissing' // params.role, params.column: not a column of the input table
  | 'profile.columnType' // params.role, params.column, params.type: must be a number (or boolean)
  | 'profile.duplicateColumn'; // params.role (numeric | categorical), params.column: listed twice

export interface ProfileProblem {
  code: ProfileProblemCode;
  params: Record<string, string | number>;
}

/** Roles a column can be bound to; 'numeric' and 'categorical' are the compared lists. */
export type ProfileRole = keyof ProfileSettings['columns'] | 'numeric' | 'categorical';

const problem = (code: ProfileProblemCode, params: ProfileProblem['params'] = {}): ProfileProblem => ({ code, params });

// BOOLEAN counts as numeric: the mean of a yes/no column is a rate (e.g. campaign response).
const NUMERIC_TYPE = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT\d?|FLOAT\d?|REAL|DOUBLE|(DECIMAL|NUMERIC)(\(\d+,\s*\d+\))?|BOOLEAN)$/i;
const NUMERIC_ROLES = new Set<ProfileRole>(['revenue', 'orders', 'frequency', 'recency', 'numeric']);

/** A bound optional column, or null when absent or empty. */
export function boundColumn(settings: ProfileSettings, role: keyof ProfileSettings['columns']): string | null {
  return settings.columns[role] ? settings.columns[role] : null;
}

/**
 * The first problem with these settings, or null. With `columns` (the input table's), the
 * bindings are checked too. `required` adds roles that must be bound (revenue for Pareto).
 */
export function checkProfileSettings(
  settings: ProfileSettings,
  columns?: readonly ColumnInfo[],
  required: readonly (keyof ProfileSettings['columns'])[] = [],
): ProfileProblem | null {
  const parsed = v.safeParse(profileSettingsSchema, settings);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem('profile.settingsInvalid', { path: v.getDotPath(issue) ?? '', detail: issue.message });
  }
  for (const role of ['customer', 'segment', ...required] as const) {
    if (!settings.columns[role]) return problem('profile.columnUnset', { role });
  }
  for (const role of ['numeric', 'categorical'] as const) {
    const seen = new Set<string>();
    for (const column of settings[role]) {
      if (seen.has(column)) return problem('profile.duplicateColumn', { role, column });
      seen.add(column);
    }
  }
  return columns ? checkColumns(settings, columns) : null;
}

function checkColumns(settings: ProfileSettings, columns: readonly ColumnInfo[]): ProfileProblem | null {
  const bound: [ProfileRole, string][] = [
    ...(Object.keys(settings.columns) as (keyof ProfileSettings['columns'])[])
      .map((role): [ProfileRole, string | null] => [role, boundColumn(settings, role)])
      .filter((entry): entry is [ProfileRole, string] => entry[1] !== null),
    ...settings.numeric.map((column): [ProfileRole, string] => ['numeric', column]),
    ...settings.categorical.map((column): [ProfileRole, string] => ['categorical', column]),
  ];
  for (const [role, name] of bound) {
    const column = columns.find((c) => c.name === name);
    if (!column) return problem('profile.columnMissing', { role, column: name });
    if (NUMERIC_ROLES.has(role) && !NUMERIC_TYPE.test(column.type.trim())) {
      return problem('profile.columnType', { role, column: name, type: column.type });
    }
  }
  return null;
}
