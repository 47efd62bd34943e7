// Default settings of a rule: its usual parameters, the usual event type names, as of the day
// after the latest row, and columns proposed from names and types (the user confirms them).

import { columnKind, isNumericKind } from '../../roles/column-kind';
import { normalizeName } from '../../roles/names';
import { proposeRoles } from '../../roles/propose';
import type { ColumnInfo } from '../../workbook/import-options';
import { DEFAULT_BEHAVIOUR_PARAMS, DEFAULT_EVENT_TYPES } from './rules';
import type { BehaviourColumns, BehaviourRule, BehaviourSettings, BehaviourSettingsOf } from './settings';

/** Column roles have no discount role (issue 4 lists none), so the flag is found here by name. */
const DISCOUNT_NAME = /(discount|coupon|promo|voucher|할인|쿠폰|프로모션)/;

function discountColumn(columns: readonly ColumnInfo[], taken: Set<string>): string | undefined {
  const fits = (c: ColumnInfo) => columnKind(c.type) === 'boolean' || isNumericKind(columnKind(c.type));
  const named = columns.filter((c) => !taken.has(c.name) && fits(c) && DISCOUNT_NAME.test(normalizeName(c.name)));
  // A true/false flag says "discount used" more directly than an amount or a rate does.
  return (named.find((c) => columnKind(c.type) === 'boolean') ?? named[0])?.name;
}

function proposedColumns(columns: readonly ColumnInfo[]): BehaviourColumns {
  const { roles } = proposeRoles(columns);
  const optional = {
    eventType: roles.eventType?.column,
    category: roles.category?.column,
    channel: roles.channel?.column,
    discount: discountColumn(columns, new Set(Object.values(roles).flatMap((match) => (match ? [match.column] : [])))),
    order: roles.orderId?.column,
  };
  const bound = Object.entries(optional).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { customer: roles.customerId?.column ?? '', timestamp: roles.timestamp?.column ?? '', ...Object.fromEntries(bound) };
}

/** Rule R with R's default parameters and the rest as given. */
function withRule<R extends BehaviourRule>(rule: R, rest: Omit<BehaviourSettings, 'rule' | 'params'>): BehaviourSettingsOf<R> {
  const settings = { rule, asOf: rest.asOf, params: structuredClone(DEFAULT_BEHAVIOUR_PARAMS[rule]), columns: rest.columns, eventTypes: rest.eventTypes };
  // TypeScript cannot pair R's rule with R's params through the indexed default table.
  return settings as unknown as BehaviourSettingsOf<R>;
}

export function defaultBehaviourSettings<R extends BehaviourRule>(rule: R, columns: readonly ColumnInfo[] = []): BehaviourSettingsOf<R> {
  return withRule(rule, { asOf: null, columns: proposedColumns(columns), eventTypes: structuredClone(DEFAULT_EVENT_TYPES) });
}

/** Another rule with the same as-of date, columns and event types, and that rule's default parameters. */
export function switchBehaviourRule<R extends BehaviourRule>(settings: BehaviourSettings, rule: R): BehaviourSettingsOf<R> {
  return withRule(rule, { asOf: settings.asOf, columns: structuredClone(settings.columns), eventTypes: structuredClone(settings.eventTypes) });
}
