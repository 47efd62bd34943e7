// What a new join cell proposes from its inputs' column roles: the customer table as the base,
// every other input joined on customer id, and inputs with many rows per customer (orders,
// events: they have an order id or a timestamp) summarised first so no customer repeats.

import { normalizeName } from '../roles/names';
import { proposeRoles } from '../roles/propose';
import type { RoleMatch } from '../roles/types';
import { keysComparable, proposeKeyCast } from './keys';
import type { JoinAggregate, JoinInput, JoinKey, JoinSettings, JoinStep } from './types';

const ID_WORD = /(id|no|key|code|번호|코드|아이디)$/u;

type Roles = Record<string, RoleMatch | null>;
const rolesOf = (input: JoinInput): Roles => proposeRoles(input.columns).roles;

export function defaultJoinSettings(inputs: readonly JoinInput[] = []): JoinSettings {
  const roles = inputs.map(rolesOf);
  // A customer table may well have a date (signup, birthday) but no order id and no event time:
  // a DATE-typed "timestamp" does not make it a table of orders.
  const isDateOnly = (input: JoinInput, r: Roles) => {
    const type = input.columns.find((c) => c.name === r.timestamp?.column)?.type ?? '';
    return /^DATE$/i.test(type);
  };
  const looksLikeCustomers = (r: Roles, i: number) => r.customerId !== null && r.orderId === null && (r.timestamp === null || isDateOnly(inputs[i]!, r));
  const found = roles.findIndex(looksLikeCustomers);
  const base = found >= 0 ? found : 0;
  const joins = inputs.flatMap((input, i) => (i === base ? [] : [defaultJoinStep(inputs[base]!, input, i)]));
  return { base, joins };
}

/** A new join of `right` (input index `input`) onto `left`, the base or the table built so far. */
export function defaultJoinStep(left: JoinInput, right: JoinInput, input: number): JoinStep {
  const [leftRoles, rightRoles] = [rolesOf(left), rolesOf(right)];
  const key = proposeKey(left, right, leftRoles, rightRoles);
  const onCustomer = key !== null && key.right === rightRoles.customerId?.column;
  const manyPerCustomer = rightRoles.orderId !== null || rightRoles.timestamp !== null;
  return {
    input,
    kind: 'left',
    keys: key ? [key] : [],
    columns: null,
    prefix: `${right.table}_`,
    aggregate: onCustomer && manyPerCustomer ? defaultAggregate(rightRoles) : null,
  };
}

function proposeKey(left: JoinInput, right: JoinInput, leftRoles: Roles, rightRoles: Roles): JoinKey | null {
  const pair = (l: string, r: string): JoinKey => {
    const types = [left, right].map((t, i) => t.columns.find((c) => c.name === (i === 0 ? l : r))!.type);
    return { left: l, right: r, as: keysComparable(types[0]!, types[1]!) ? null : proposeKeyCast(types[0]!, types[1]!) };
  };
  for (const role of ['customerId', 'orderId'] as const) {
    const [l, r] = [leftRoles[role], rightRoles[role]];
    if (l && r) return pair(l.column, r.column);
  }
  // No roles on both sides: a column with the same id-like name in both ("member_no").
  for (const column of right.columns) {
    const normalized = normalizeName(column.name);
    if (!ID_WORD.test(normalized)) continue;
    const same = left.columns.find((c) => normalizeName(c.name) === normalized);
    if (same) return pair(same.name, column.name);
  }
  return null;
}

/** Orders per customer: how many rows, distinct orders, total amount and the last order time. */
function defaultAggregate(roles: Roles): JoinAggregate {
  const measures: JoinAggregate['measures'] = [];
  if (roles.orderId) measures.push({ column: roles.orderId.column, fn: 'countDistinct' });
  if (roles.amount) measures.push({ column: roles.amount.column, fn: 'sum' });
  if (roles.timestamp) measures.push({ column: roles.timestamp.column, fn: 'max' });
  return { count: true, measures, latest: [] };
}
