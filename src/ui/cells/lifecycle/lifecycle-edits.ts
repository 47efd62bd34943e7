// The lifecycle editor's edits as pure functions over settings: column bindings, the
// "Suggest columns" button, thresholds typed as text, and state labels in one language.
// Each returns the next settings, or null when the text cannot be saved yet (half typed).
import {
  DEFAULT_LIFECYCLE_LABELS, MAX_DAYS, MAX_ORDERS, defaultLifecycleSettings,
  type LifecycleLocale, type LifecycleRole, type LifecycleSettings, type LifecycleState, type LifecycleThresholds,
} from '../../../core/segments/lifecycle';
import type { ColumnInfo } from '../../../core/workbook/import-options';

export const LIFECYCLE_ROLES: readonly LifecycleRole[] = ['customer', 'timestamp', 'amount', 'order'];
export const OPTIONAL_ROLES: ReadonlySet<LifecycleRole> = new Set(['amount', 'order']);

export type ThresholdKey = keyof LifecycleThresholds;

/** What each threshold counts and its bounds (the schema's, so a saved value always validates). */
export const THRESHOLD_FIELDS: readonly { key: ThresholdKey; unit: 'days' | 'orders'; min: number; max: number }[] = [
  { key: 'newWithinDays', unit: 'days', min: 1, max: MAX_DAYS },
  { key: 'atRiskAfterDays', unit: 'days', min: 1, max: MAX_DAYS },
  { key: 'churnedAfterDays', unit: 'days', min: 1, max: MAX_DAYS },
  { key: 'loyalMinOrders', unit: 'orders', min: 2, max: MAX_ORDERS },
  { key: 'reactivationGapDays', unit: 'days', min: 1, max: MAX_DAYS },
];

/** Bind `role` to `column`; an empty optional role is removed, so the saved file says "not bound". */
export function bindColumn(settings: LifecycleSettings, role: LifecycleRole, column: string): LifecycleSettings {
  const columns = { ...settings.columns, [role]: column };
  if (OPTIONAL_ROLES.has(role) && column === '') delete columns[role as 'amount' | 'order'];
  return { ...settings, columns };
}

/** Columns proposed from the input's names and types; the user's thresholds, labels and date stay. */
export function suggestColumns(settings: LifecycleSettings, columns: readonly ColumnInfo[]): LifecycleSettings {
  return { ...settings, columns: defaultLifecycleSettings(columns).columns };
}

/** A whole number within [min, max] from what the user typed, or null. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * A threshold from typed text. The reactivation gap may be left empty: it then follows the
 * churn threshold (null in the settings).
 */
export function setThreshold(settings: LifecycleSettings, key: ThresholdKey, text: string): LifecycleSettings | null {
  const field = THRESHOLD_FIELDS.find((f) => f.key === key)!;
  if (key === 'reactivationGapDays' && text.trim() === '') return { ...settings, thresholds: { ...settings.thresholds, reactivationGapDays: null } };
  const value = parseWholeNumber(text, field.min, field.max);
  return value === null ? null : { ...settings, thresholds: { ...settings.thresholds, [key]: value } };
}

/** The label of one state in one language; empty text goes back to the shipped label. */
export function setStateLabel(settings: LifecycleSettings, state: LifecycleState, locale: LifecycleLocale, text: string): LifecycleSettings {
  const label = text.trim() === '' ? DEFAULT_LIFECYCLE_LABELS[state][locale] : text.slice(0, 80);
  return { ...settings, labels: { ...settings.labels, [state]: { ...settings.labels[state], [locale]: label } } };
}

/** 'YYYY-MM-DD' from a date input, or null (automatic) when cleared. */
export function setAsOf(settings: LifecycleSettings, value: string): LifecycleSettings {
  return { ...settings, asOf: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null };
}
