// Whether two key columns can be compared as they are, and the cast to propose when not.
// DuckDB compares INTEGER with DOUBLE (Online Retail's 17850.0 = 17850) and DATE with
// TIMESTAMP, but VARCHAR against BIGINT fails the whole query on the first 'A12' it meets.

import { castAllowed } from '../clean/cast-sql';
import { columnKind, type ColumnKind } from '../roles/column-kind';
import type { KeyCast } from './types';

type Family = 'number' | 'text' | 'temporal' | 'boolean' | 'other';

function family(kind: ColumnKind): Family {
  if (kind === 'integer' || kind === 'float' || kind === 'decimal') return 'number';
  if (kind === 'date' || kind === 'timestamp') return 'temporal';
  return kind === 'text' || kind === 'boolean' ? kind : 'other';
}

export function keysComparable(leftType: string, rightType: string): boolean {
  const [a, b] = [family(columnKind(leftType)), family(columnKind(rightType))];
  return a === b && a !== 'other';
}

/**
 * The cast that most likely makes the keys meet: text ids read as the numbers on the other side
 * ('17850' = 17850), text dates as dates; anything else compares as text.
 */
export function proposeKeyCast(leftType: string, rightType: string): KeyCast {
  const kinds = [columnKind(leftType), columnKind(rightType)];
  if (kinds.includes('text')) {
    const other = kinds[0] === 'text' ? kinds[1] : kinds[0];
    if (other === 'integer') return 'BIGINT';
    if (other === 'float' || other === 'decimal') return 'DOUBLE';
    if (other === 'date') return 'DATE';
    if (other === 'timestamp') return 'TIMESTAMP';
  }
  return 'VARCHAR';
}

export function keyCastAllowed(type: string, cast: KeyCast): boolean {
  return castAllowed(type, cast, []);
}

export function keySql(column: string, cast: KeyCast | null): string {
  return cast ? `TRY_CAST(${column} AS ${cast})` : column;
}

/**
 * The type DuckDB gives coalesce(a, b) of two comparable keys (a full join's key column), as
 * far as later joins care: numbers stay numbers, dates dates, text text; the exact width may differ.
 */
export function commonKeyType(leftType: string, rightType: string): string {
  if (leftType === rightType) return leftType;
  const kinds = [columnKind(leftType), columnKind(rightType)];
  if (kinds.every((k) => k === 'integer')) return 'BIGINT';
  if (kinds.every((k) => k === 'date' || k === 'timestamp')) return 'TIMESTAMP';
  if (kinds.every((k) => k === 'text')) return 'VARCHAR';
  return 'DOUBLE';
}
