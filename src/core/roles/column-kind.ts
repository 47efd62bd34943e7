// What a DuckDB column type can hold, as far as roles and filters care. Type strings are the
// ones DESCRIBE prints ('BIGINT', 'DECIMAL(10,2)', "ENUM('a', 'b')", 'TIMESTAMP_NS', ...).

export type ColumnKind = 'integer' | 'float' | 'decimal' | 'text' | 'boolean' | 'date' | 'timestamp' | 'other';

const INTEGER = new Set([
  'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT',
  'INT', 'INT1', 'INT2', 'INT4', 'INT8', 'INT16', 'LONG', 'SHORT', 'SIGNED',
]);
const FLOAT = new Set(['FLOAT', 'REAL', 'DOUBLE', 'FLOAT4', 'FLOAT8']);
const TEXT = new Set(['VARCHAR', 'CHAR', 'BPCHAR', 'TEXT', 'STRING', 'NVARCHAR', 'UUID']);
const TIMESTAMP = new Set(['TIMESTAMP', 'DATETIME', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS', 'TIMESTAMP_US']);

/**
 * TIMESTAMP WITH TIME ZONE is 'other' on purpose: comparing it with plain timestamps needs
 * the ICU extension, which the offline engine does not have (DESIGN section 2).
 */
export function columnKind(type: string): ColumnKind {
  const upper = type.trim().toUpperCase();
  const base = upper.replace(/\(.*\)$/s, '').trim();
  if (upper.endsWith(']') || base === 'TIMESTAMP WITH TIME ZONE' || base === 'TIMESTAMPTZ') return 'other';
  if (INTEGER.has(base)) return 'integer';
  if (FLOAT.has(base)) return 'float';
  if (base === 'DECIMAL' || base === 'NUMERIC') return 'decimal';
  if (TEXT.has(base) || base === 'ENUM') return 'text';
  if (base === 'BOOLEAN' || base === 'BOOL' || base === 'LOGICAL') return 'boolean';
  if (base === 'DATE') return 'date';
  if (TIMESTAMP.has(base)) return 'timestamp';
  return 'other';
}

export function isNumericKind(kind: ColumnKind): boolean {
  return kind === 'integer' || kind === 'float' || kind === 'decimal';
}

export function isTemporalKind(kind: ColumnKind): boolean {
  return kind === 'date' || kind === 'timestamp';
}
