// Default settings: the usual CRM thresholds (new within 30 days, at risk after 90, churned
// after 180, loyal from 4 orders, reactivation gap = the churn threshold), as of the day after
// the latest order, with columns proposed from names and types (the user confirms them).

import { proposeRoles } from '../../roles/propose';
import type { ColumnInfo } from '../../workbook/import-options';
import { DEFAULT_LIFECYCLE_LABELS, type LifecycleSettings } from './settings';

export const DEFAULT_LIFECYCLE_THRESHOLDS: LifecycleSettings['thresholds'] = {
  newWithinDays: 30,
  atRiskAfterDays: 90,
  churnedAfterDays: 180,
  loyalMinOrders: 4,
  reactivationGapDays: null,
};

export function defaultLifecycleSettings(columns: readonly ColumnInfo[] = []): LifecycleSettings {
  const { roles } = proposeRoles(columns);
  const amount = roles.amount?.column;
  const order = roles.orderId?.column;
  return {
    asOf: null,
    columns: {
      customer: roles.customerId?.column ?? '',
      timestamp: roles.timestamp?.column ?? '',
      ...(amount === undefined ? {} : { amount }),
      ...(order === undefined ? {} : { order }),
    },
    thresholds: { ...DEFAULT_LIFECYCLE_THRESHOLDS },
    labels: structuredClone(DEFAULT_LIFECYCLE_LABELS),
  };
}
