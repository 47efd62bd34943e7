// The saved role map (a cell's `roles` setting): role -> column name, keys in ROLES order.

import * as v from 'valibot';
import { ROLES, type Role, type RoleMap } from './types';

const columnName = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(1_000, 'longer than 1000 characters'));

const entries = Object.fromEntries(ROLES.map((role) => [role, v.optional(columnName)])) as Record<
  Role,
  v.OptionalSchema<typeof columnName, undefined>
>;

/** One column serves at most one role, as proposeRoles assigns them. */
export const roleMapSchema = v.pipe(
  v.strictObject(entries),
  v.check((map) => {
    const columns = Object.values(map).filter((c) => c !== undefined);
    return new Set(columns).size === columns.length;
  }, 'a column is bound to two roles'),
);

// Keeps the schema and RoleMap in step both ways.
type SchemaOutput = v.InferOutput<typeof roleMapSchema>;
export const roleMapSchemaMatchesType: [SchemaOutput, RoleMap] extends [RoleMap, SchemaOutput] ? true : never = true;

/** The role map of proposed columns, for a new cell (the user then confirms or changes it). */
export function roleMapOf(roles: Record<Role, { column: string } | null>): RoleMap {
  const map: RoleMap = {};
  for (const role of ROLES) {
    const match = roles[role];
    if (match) map[role] = match.column;
  }
  return map;
}
