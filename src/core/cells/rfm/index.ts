// An RFM cell scores each customer of its input's orders (core/segments/rfm, DESIGN §4) and
// names their segment. Column bindings are roles: a workbook re-binds to next month's export.

import { segbookError, type SegbookError } from '../../errors';
import { proposeRoles, rebindRoles, roleMapOf } from '../../roles';
import type { RoleMap } from '../../roles/types';
import { defaultRfmSettings } from '../../segments/rfm/defaults';
import type { RfmSettings } from '../../segments/rfm/settings';
import type { ColumnInfo } from '../../workbook/import-options';
import type { RfmCell } from '../../workbook/types';

export const rfmDefaultName = 'rfm';

export function defaultRfmCellSettings(): RfmSettings {
  return defaultRfmSettings();
}

export function validateRfmCell(cell: RfmCell): SegbookError | null {
  if (cell.inputs.length === 0) return segbookError('cell.noInput', { name: cell.name });
  return null;
}

/** Settings for a new RFM cell on a table: columns from the proposed roles. */
export function rfmSettingsFor(columns: readonly ColumnInfo[]): RfmSettings {
  const roles = roleMapOf(proposeRoles(columns).roles);
  const settings = defaultRfmSettings(columns);
  return { ...settings, columns: bindingFromRoles(roles, settings.columns) };
}

export interface Rebound {
  settings: RfmSettings;
  /** "amount_krw → 결제금액" for each binding that moved to another column. */
  changes: { from: string; to: string }[];
}

/** Bindings whose column is gone are re-bound by role to the input's columns (next month's export). */
export function rebindRfmColumns(settings: RfmSettings, columns: readonly ColumnInfo[]): Rebound {
  const names = new Set(columns.map((c) => c.name));
  const { customer, timestamp, amount, order } = settings.columns;
  if ([customer, timestamp, amount, ...(order ? [order] : [])].every((c) => c === '' || names.has(c))) return { settings, changes: [] };
  const saved: RoleMap = { customerId: customer || undefined, timestamp: timestamp || undefined, amount: amount || undefined, orderId: order || undefined };
  const { bound } = rebindRoles(saved, columns);
  // a role nothing fits keeps its old column, so the compiler names the missing column
  const next = bindingFromRoles(bound as RoleMap, settings.columns);
  const changes = (['customer', 'timestamp', 'amount', 'order'] as const)
    .filter((key) => (settings.columns[key] ?? '') !== (next[key] ?? '') && settings.columns[key])
    .map((key) => ({ from: settings.columns[key]!, to: next[key] ?? '' }));
  return { settings: { ...settings, columns: next }, changes };
}

function bindingFromRoles(roles: RoleMap, fallback: RfmSettings['columns']): RfmSettings['columns'] {
  const order = roles.orderId ?? fallback.order;
  return {
    customer: roles.customerId ?? fallback.customer,
    timestamp: roles.timestamp ?? fallback.timestamp,
    amount: roles.amount ?? fallback.amount,
    ...(order ? { order } : {}),
  };
}
