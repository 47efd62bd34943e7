// Column roles: propose from names, types and a sample; re-bind a saved map to a new table.
export * from './types';
export { columnKind, isNumericKind, isTemporalKind, type ColumnKind } from './column-kind';
export { normalizeName, ROLE_NAMES } from './names';
export { proposeRoles, scoreRoles } from './propose';
export { rebindRoles, type RoleChange, type RoleRebinding } from './rebind';
export { roleMapSchema, roleMapOf } from './schema';
