// Re-binds saved roles to a new table: next month's export may spell headers differently
// ("CustomerID" -> "customer_id") or rename them outright ("InvoiceNo" -> "Invoice Number").

import type { ColumnInfo } from '../workbook/import-options';
import { normalizeName } from './names';
import { assignBestFirst, emptyByRole, scoreRoles } from './propose';
import { ROLES, type ColumnSample, type Role, type RoleMap } from './types';

export interface RoleChange {
  role: Role;
  from: string;
  to: string;
  /** sameName: only case or separators differ; proposed: found again from names and types. */
  how: 'sameName' | 'proposed';
}

export interface RoleRebinding {
  bound: Record<Role, string | undefined>;
  /** In ROLES order. */
  changes: RoleChange[];
  /** Saved roles with no column in the new table: the cells using them cannot run until the user picks one. */
  missing: Role[];
}

/**
 * Saved columns that still exist are kept, even when another column now looks likelier: the user
 * confirmed them. Roles the user left unset stay unset.
 */
export function rebindRoles(saved: RoleMap, columns: readonly ColumnInfo[], sample?: readonly ColumnSample[]): RoleRebinding {
  const bound = emptyByRole<string | undefined>(() => undefined);
  const taken = new Set<string>();
  const savedRoles = ROLES.filter((role) => saved[role] !== undefined);
  const claim = (role: Role, column: string) => {
    bound[role] = column;
    taken.add(column);
  };

  for (const role of savedRoles) {
    if (columns.some((c) => c.name === saved[role]) && !taken.has(saved[role]!)) claim(role, saved[role]!);
  }
  const changes: RoleChange[] = [];
  const sameName = [(name: string) => name.toLowerCase(), normalizeName];
  for (const key of sameName) {
    for (const role of savedRoles.filter((r) => bound[r] === undefined)) {
      const match = columns.find((c) => !taken.has(c.name) && key(c.name) === key(saved[role]!));
      if (!match) continue;
      claim(role, match.name);
      changes.push({ role, from: saved[role]!, to: match.name, how: 'sameName' });
    }
  }

  const unbound = savedRoles.filter((role) => bound[role] === undefined);
  const free = columns.filter((c) => !taken.has(c.name));
  const proposed = assignBestFirst(scoreRoles(free, sample).candidates, free, unbound);
  const missing: Role[] = [];
  for (const role of unbound) {
    const match = proposed[role];
    if (!match) {
      missing.push(role);
      continue;
    }
    claim(role, match.column);
    changes.push({ role, from: saved[role]!, to: match.column, how: 'proposed' });
  }
  changes.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return { bound, changes, missing };
}
