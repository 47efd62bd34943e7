// Proposes one column per role. Every (role, column) pair is scored, then pairs are taken best
// first so that a column serves at most one role and each role gets its most likely column.

import type { ColumnInfo } from '../workbook/import-options';
import { columnKind, isTemporalKind } from './column-kind';
import { fitColumn } from './score';
import { MIN_CONFIDENCE, ROLES, type ColumnSample, type Role, type RoleMatch, type RoleProposal, type RoleRejection } from './types';

/** Score of the table's only date/time column when no header names the timestamp. */
const ONLY_TEMPORAL_SCORE = 0.55;

export function proposeRoles(columns: readonly ColumnInfo[], sample?: readonly ColumnSample[]): RoleProposal {
  const { candidates, rejected } = scoreRoles(columns, sample);
  return { roles: assignBestFirst(candidates, columns, ROLES), candidates, rejected };
}

/** Every acceptable (role, column) match, best first per role, and the refused ones. */
export function scoreRoles(
  columns: readonly ColumnInfo[],
  sample?: readonly ColumnSample[],
): { candidates: Record<Role, RoleMatch[]>; rejected: RoleRejection[] } {
  const samples = new Map(sample?.map((s) => [s.name, s.values]));
  const candidates = emptyByRole<RoleMatch[]>(() => []);
  const rejected: RoleRejection[] = [];
  for (const role of ROLES) {
    for (const column of columns) {
      const fit = fitColumn(role, column, samples.get(column.name));
      if (fit === null) continue;
      if ('rejection' in fit) rejected.push(fit.rejection);
      else if (fit.match.confidence >= MIN_CONFIDENCE) candidates[role].push(fit.match);
    }
  }
  if (candidates.timestamp.length === 0) {
    const temporal = columns.filter((c) => isTemporalKind(columnKind(c.type)));
    if (temporal.length === 1) {
      const only = temporal[0]!;
      candidates.timestamp.push({
        column: only.name,
        confidence: ONLY_TEMPORAL_SCORE,
        reason: { code: 'onlyTemporal', params: { role: 'timestamp', column: only.name, type: only.type } },
      });
    }
  }
  const order = new Map(columns.map((c, i) => [c.name, i]));
  for (const role of ROLES) candidates[role].sort((a, b) => b.confidence - a.confidence || order.get(a.column)! - order.get(b.column)!);
  return { candidates, rejected };
}

/** Greedy by confidence; ties go to the role listed first in ROLES, then the leftmost column. */
export function assignBestFirst(
  candidates: Record<Role, RoleMatch[]>,
  columns: readonly ColumnInfo[],
  roles: readonly Role[],
): Record<Role, RoleMatch | null> {
  const order = new Map(columns.map((c, i) => [c.name, i]));
  const pairs = roles.flatMap((role, roleIndex) => candidates[role].map((match) => ({ role, roleIndex, match })));
  pairs.sort(
    (a, b) => b.match.confidence - a.match.confidence || a.roleIndex - b.roleIndex || order.get(a.match.column)! - order.get(b.match.column)!,
  );
  const assigned = emptyByRole<RoleMatch | null>(() => null);
  const taken = new Set<string>();
  for (const { role, match } of pairs) {
    if (assigned[role] !== null || taken.has(match.column)) continue;
    assigned[role] = match;
    taken.add(match.column);
  }
  return assigned;
}

export function emptyByRole<T>(make: () => T): Record<Role, T> {
  return Object.fromEntries(ROLES.map((role) => [role, make()])) as Record<Role, T>;
}
