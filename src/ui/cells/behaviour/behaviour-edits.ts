// The behaviour editor's edits as pure functions over settings: which fields each rule's
// parameters need, parameters typed as text (shares as percentages), column bindings by role,
// and the comma lists of event type values. An edit that cannot be saved yet returns null.
import {
  defaultBehaviourSettings, rolesOf,
  type BehaviourColumns, type BehaviourRole, type BehaviourRule, type BehaviourSettings, type EventTypeValues,
} from '../../../core/segments/behaviour';
import { quoteIdent } from '../../../core/sql/quote';
import type { ColumnInfo } from '../../../core/workbook/import-options';

export type BindableRole = 'customer' | 'timestamp' | BehaviourRole;

export type ParamField =
  | { key: string; kind: 'whole'; unit: 'days' | 'hours' | 'views' | 'months' | 'events' | 'orders'; min: number; max: number }
  /** Whole days or empty for "no limit" (null in the settings). */
  | { key: string; kind: 'optionalDays'; min: number; max: number }
  /** A share 0..1 shown and typed as a percentage. */
  | { key: string; kind: 'percent' }
  | { key: string; kind: 'choice'; options: readonly string[] };

// Bounds as in the schema (settings.ts), so a saved value always validates.
const DAYS = { min: 1, max: 36_500 };
const COUNT = { min: 1, max: 1_000_000 };

export const PARAM_FIELDS: { [R in BehaviourRule]: readonly ParamField[] } = {
  cart_abandoners: [
    { key: 'windowDays', kind: 'whole', unit: 'days', ...DAYS },
    { key: 'purchaseWithinHours', kind: 'whole', unit: 'hours', min: 1, max: 24 * 366 },
  ],
  browsers_without_purchase: [
    { key: 'windowDays', kind: 'whole', unit: 'days', ...DAYS },
    { key: 'minViews', kind: 'whole', unit: 'views', ...COUNT },
    { key: 'noPurchaseIn', kind: 'choice', options: ['window', 'history'] },
  ],
  category_loyalists: [
    { key: 'months', kind: 'whole', unit: 'months', min: 1, max: 1_200 },
    { key: 'minShare', kind: 'percent' },
    { key: 'minEvents', kind: 'whole', unit: 'events', ...COUNT },
    { key: 'activity', kind: 'choice', options: ['all', 'purchases'] },
  ],
  discount_only_buyers: [
    { key: 'minShare', kind: 'percent' },
    { key: 'minOrders', kind: 'whole', unit: 'orders', ...COUNT },
    { key: 'windowDays', kind: 'optionalDays', ...DAYS },
  ],
  preferred_channel: [
    { key: 'windowDays', kind: 'optionalDays', ...DAYS },
    { key: 'minShare', kind: 'percent' },
  ],
};

const paramsOf = (settings: BehaviourSettings) => settings.params as Record<string, number | string | null>;

/** The text an input shows for a parameter: 0.7 -> "70", null -> "". */
export function paramText(settings: BehaviourSettings, field: ParamField): string {
  const value = paramsOf(settings)[field.key];
  if (value === null || value === undefined) return '';
  if (field.kind === 'percent') return String(Math.round(Number(value) * 100_000) / 1_000);
  return String(value);
}

function parseWhole(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** The parameter's value from typed text, or undefined when it is not valid (yet). */
function parseParam(field: ParamField, text: string): number | string | null | undefined {
  switch (field.kind) {
    case 'whole':
      return parseWhole(text, field.min, field.max) ?? undefined;
    case 'optionalDays':
      return text.trim() === '' ? null : (parseWhole(text, field.min, field.max) ?? undefined);
    case 'percent': {
      const trimmed = text.trim().replace(/%$/, '').trim();
      if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
      const percent = Number(trimmed);
      // percent / 100 can land a hair off (57 / 100 = 0.5700000000000001): round to 1e-6
      return percent <= 100 ? Math.round(percent * 10_000) / 1_000_000 : undefined;
    }
    case 'choice':
      return field.options.includes(text) ? text : undefined;
  }
}

export function setParam(settings: BehaviourSettings, field: ParamField, text: string): BehaviourSettings | null {
  const value = parseParam(field, text);
  if (value === undefined) return null;
  return { ...settings, params: { ...settings.params, [field.key]: value } } as BehaviourSettings;
}

/** The roles the editor shows for this rule: customer and time, then what the rule reads. */
export function shownRoles(settings: BehaviourSettings): { role: BindableRole; optional: boolean }[] {
  const { required, optional } = rolesOf(settings);
  return [
    { role: 'customer', optional: false },
    { role: 'timestamp', optional: false },
    ...required.map((role) => ({ role, optional: false })),
    ...optional.map((role) => ({ role, optional: true })),
  ];
}

/** Bind a role; clearing a role other than customer and time removes it from the saved file. */
export function bindColumn(settings: BehaviourSettings, role: BindableRole, column: string): BehaviourSettings {
  const columns: BehaviourColumns = { ...settings.columns, [role]: column };
  if (role !== 'customer' && role !== 'timestamp' && column === '') delete columns[role];
  return { ...settings, columns };
}

/** Columns proposed from the input's names and types; rule, parameters and event values stay. */
export function suggestColumns(settings: BehaviourSettings, columns: readonly ColumnInfo[]): BehaviourSettings {
  return { ...settings, columns: defaultBehaviourSettings(settings.rule, columns).columns };
}

/** "view, page_view , view" -> ['view', 'page_view']; null when nothing is left (a list needs one value). */
export function parseValueList(text: string): string[] | null {
  const values = [...new Set(text.split(',').map((v) => v.trim()).filter((v) => v !== ''))].slice(0, 20).map((v) => v.slice(0, 200));
  return values.length > 0 ? values : null;
}

export function setEventValues(settings: BehaviourSettings, meaning: keyof EventTypeValues, text: string): BehaviourSettings | null {
  const values = parseValueList(text);
  return values === null ? null : { ...settings, eventTypes: { ...settings.eventTypes, [meaning]: values } };
}

/** Add one known value to a meaning's list (from the column's distinct values). */
export function addEventValue(settings: BehaviourSettings, meaning: keyof EventTypeValues, value: string): BehaviourSettings {
  const list = settings.eventTypes[meaning];
  if (list.includes(value) || list.length >= 20) return settings;
  return { ...settings, eventTypes: { ...settings.eventTypes, [meaning]: [...list, value] } };
}

/** Up to 50 distinct non-null values of a column, as text, for the event type pickers. */
export function distinctValuesSql(table: string, column: string): string {
  const c = quoteIdent(column);
  return `SELECT DISTINCT CAST(${c} AS VARCHAR) AS value FROM ${quoteIdent(table)} WHERE ${c} IS NOT NULL ORDER BY 1 LIMIT 50`;
}
