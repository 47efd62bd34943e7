// Which conversions a cast step may ask for, and the SQL that does them. TRY_CAST never
// fails a query, but DuckDB 1.4 also turns senseless casts (DATE -> INTEGER) into all-NULL
// columns without a word, so those are refused here instead.

import { columnKind, type ColumnKind } from '../roles/column-kind';
import { quoteLiteral } from '../sql/quote';
import type { CastType } from './types';

/** Money fits two decimals in every currency users meet; KRW's extra zeros are harmless. */
export const DECIMAL_TYPE = 'DECIMAL(18,2)';

/** The column type after the cast, as DESCRIBE would print it. */
export function castTypeSql(to: CastType): string {
  return to === 'DECIMAL' ? DECIMAL_TYPE : to;
}

const NUMERIC: readonly ColumnKind[] = ['integer', 'float', 'decimal'];

export function usesFormats(to: CastType, from: ColumnKind, formats: readonly string[]): boolean {
  return formats.length > 0 && (to === 'DATE' || to === 'TIMESTAMP') && (from === 'text' || from === 'integer');
}

export function castAllowed(fromType: string, to: CastType, formats: readonly string[]): boolean {
  const from = columnKind(fromType);
  switch (to) {
    case 'VARCHAR':
      return true;
    case 'INTEGER':
    case 'BIGINT':
    case 'DOUBLE':
    case 'DECIMAL':
      return from === 'text' || from === 'boolean' || NUMERIC.includes(from);
    case 'DATE':
    case 'TIMESTAMP':
      return from === 'text' || from === 'date' || from === 'timestamp' || (from === 'integer' && formats.length > 0);
    case 'BOOLEAN':
      return from === 'text' || from === 'boolean' || NUMERIC.includes(from);
  }
}

/** SQL of the converted value of `value` (an expression of type fromType); NULL where it fails. */
export function castSql(value: string, fromType: string, to: CastType, formats: readonly string[]): string {
  const from = columnKind(fromType);
  if (usesFormats(to, from, formats)) {
    const text = from === 'text' ? value : `CAST(${value} AS VARCHAR)`;
    const list = formats.length === 1 ? quoteLiteral(formats[0]!) : `[${formats.map(quoteLiteral).join(', ')}]`;
    const parsed = `try_strptime(${text}, ${list})`;
    return to === 'DATE' ? `CAST(${parsed} AS DATE)` : parsed;
  }
  return `TRY_CAST(${value} AS ${castTypeSql(to)})`;
}

/**
 * A value that failed: present before, NULL after. Blank text is not a failure: it was
 * missing already, and listing '' among "values that failed" would only confuse.
 */
export function castFailedSql(value: string, fromType: string, to: CastType, formats: readonly string[]): string {
  const blank = columnKind(fromType) === 'text' ? ` AND trim(CAST(${value} AS VARCHAR)) <> ''` : '';
  return `(${value} IS NOT NULL${blank} AND ${castSql(value, fromType, to, formats)} IS NULL)`;
}

// strptime specifiers DuckDB accepts (probed on 1.4), without %z/%Z: those give TIMESTAMPTZ,
// which needs the ICU extension the offline engine lacks.
const SPECIFIERS = new Set('aAwudbhBmyYHIpMSgfnjUWcxX%GVT'.split('').concat(['-d', '-m', '-y', '-H', '-I', '-M', '-S', '-j']));

/** The first specifier DuckDB would refuse (or '' when there is no specifier at all); null: fine. */
export function badFormatSpecifier(format: string): string | null {
  let seen = 0;
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    const one = format.slice(i + 1, i + 2);
    const spec = one === '-' ? format.slice(i + 1, i + 3) : one;
    if (!SPECIFIERS.has(spec)) return `%${spec}`;
    seen += spec === '%' ? 0 : 1;
    i += spec.length;
  }
  return seen === 0 ? '' : null;
}
