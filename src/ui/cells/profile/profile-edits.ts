// The profile editor's edits as pure functions over the cell's settings: column bindings, the
// compared column lists, column suggestions (with a currency guess) and playbook action text.
import { defaultProfileSettings, MAX_PROFILE_CATEGORICAL, MAX_PROFILE_NUMERIC, type ProfileSettings } from '../../../core/segments/profile';
import { MAX_ACTION_TEXT, overridePlaybook, type Playbook, type PersonaLocale } from '../../../core/segments/persona';
import type { ColumnInfo } from '../../../core/workbook/import-options';
import type { ProfileCellSettings } from '../../../core/workbook/types';

export type BindingRole = keyof ProfileSettings['columns'];
export const BINDING_ROLES: readonly BindingRole[] = ['customer', 'segment', 'segmentId', 'revenue', 'orders', 'frequency', 'recency'];
export const REQUIRED_ROLES: ReadonlySet<BindingRole> = new Set(['customer', 'segment']);

// Booleans count as numbers: the mean of a yes/no column is a rate (the profile does the same).
const NUMERIC_TYPE = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|INT\d?|FLOAT\d?|REAL|DOUBLE|DECIMAL|NUMERIC|BOOLEAN)\b/i;

export const isNumericColumn = (column: ColumnInfo): boolean => NUMERIC_TYPE.test(column.type.trim());

/** Columns offered for comparison: numbers (and yes/no) by mean, the rest by top values; bound keys left out. */
export function comparableColumns(settings: ProfileSettings, columns: readonly ColumnInfo[]): { numeric: string[]; categorical: string[] } {
  const keys = new Set([settings.columns.customer, settings.columns.segment, settings.columns.segmentId].filter(Boolean));
  const free = columns.filter((c) => !keys.has(c.name));
  return {
    numeric: free.filter(isNumericColumn).map((c) => c.name),
    categorical: free.filter((c) => !isNumericColumn(c) || /^BOOLEAN/i.test(c.type.trim())).map((c) => c.name),
  };
}

export function bindColumn(settings: ProfileCellSettings, role: BindingRole, column: string): ProfileCellSettings {
  const columns: ProfileSettings['columns'] = { ...settings.profile.columns, [role]: column };
  if (!REQUIRED_ROLES.has(role) && column === '') delete columns[role];
  return { ...settings, profile: { ...settings.profile, columns } };
}

export const LIST_CAP = { numeric: MAX_PROFILE_NUMERIC, categorical: MAX_PROFILE_CATEGORICAL } as const;

/** Add or remove a compared column; a list at its cap takes no more. A dropped response column is unset. */
export function toggleListed(settings: ProfileCellSettings, list: 'numeric' | 'categorical', column: string, on: boolean): ProfileCellSettings {
  const current = settings.profile[list];
  if (on === current.includes(column) || (on && current.length >= LIST_CAP[list])) return settings;
  const next = on ? [...current, column] : current.filter((c) => c !== column);
  const dropsResponse = list === 'numeric' && !on && settings.persona.responseColumn === column;
  return {
    profile: { ...settings.profile, [list]: next },
    persona: dropsResponse ? { ...settings.persona, responseColumn: null } : settings.persona,
  };
}

/** Korean won when the data or the workbook says so: a KRW/원 column name, or a Korean workbook. */
export function guessCurrency(columnNames: readonly string[], workbookLocale: PersonaLocale): string | null {
  if (columnNames.some((name) => /krw|₩|원|won$/i.test(name))) return 'KRW';
  return workbookLocale === 'ko' ? 'KRW' : null;
}

/**
 * Bindings from the input's names and types; compared columns still in the input, thresholds
 * and the playbook are kept. The currency is guessed only when none is set.
 */
export function suggestColumns(settings: ProfileCellSettings, columns: readonly ColumnInfo[], currency: string | null): ProfileCellSettings {
  const names = new Set(columns.map((c) => c.name));
  const suggested = defaultProfileSettings(columns);
  const { numeric, categorical, topN, pareto, guard } = settings.profile;
  return {
    profile: { ...suggested, numeric: numeric.filter((c) => names.has(c)), categorical: categorical.filter((c) => names.has(c)), topN, pareto, guard },
    persona: { ...settings.persona, currency: settings.persona.currency ?? currency },
  };
}

/**
 * The playbook with one action's text changed in one language. Text is trimmed and cut to the
 * saved limit; empty text leaves the playbook as it was (every action needs words).
 */
export function editActionText(playbook: Playbook, entryId: string, actionIndex: number, locale: PersonaLocale, text: string): Playbook {
  const entry = playbook.find((e) => e.id === entryId);
  const trimmed = text.trim().slice(0, MAX_ACTION_TEXT);
  const action = entry?.actions[actionIndex];
  if (!entry || !action || trimmed === '' || action.text[locale] === trimmed) return playbook;
  const actions = entry.actions.map((a, i) => (i === actionIndex ? { ...a, text: { ...a.text, [locale]: trimmed } } : a));
  return overridePlaybook(playbook, [{ ...entry, actions }]);
}
