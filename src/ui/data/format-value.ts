// How one value of a result looks in a grid cell: short display text, the full value for the
// tooltip, and a kind that decides alignment and styling. Values arrive JSON-safe from
// decodeRows (engine/arrow.ts): integers beyond 2^53 as digit strings, dates and timestamps as
// ISO strings, lists and structs as arrays/objects.

export type ValueKind = 'null' | 'number' | 'boolean' | 'temporal' | 'text';

export interface FormattedValue {
  text: string;
  /** Full value for the tooltip; '' when the text already says everything. */
  title: string;
  kind: ValueKind;
}

/** Rendered text is cut here; the cell's CSS ellipsis does the visible truncation. */
export const MAX_CELL_TEXT = 200;
/** Tooltips stay readable and cheap even for megabyte strings. */
export const MAX_TITLE_TEXT = 2000;

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)(\(\s*\d+\s*(,\s*\d+\s*)?\))?$/i;
const INTEGER_TYPE = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/i;
const TEMPORAL_TYPE = /^(DATE|TIME|TIMESTAMP)/i;
const ISO_DATE_TIME = /^([+-]?\d{4,6}-\d\d-\d\d)(?:[T ](\d\d:\d\d:\d\d)(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/;

export function isNumericType(type: string): boolean {
  return NUMERIC_TYPE.test(type.trim());
}

export type ValueFormatter = (value: unknown, type: string) => FormattedValue;

/** Columns holding identifiers (CustomerID, order_id, 회원번호): 17850 must not read as "17,850". */
const IDENTIFIER_NAME = /(^|[_\s])id$|[a-z]Id$|ID$|^id[_\s]|(번호|코드|아이디)$/;

export function isIdentifierColumn(name: string): boolean {
  return IDENTIFIER_NAME.test(name.trim());
}

/** The type to format a column with: identifier integers get the plain, ungrouped 'ID' style. */
export function displayType(column: { name: string; type: string }): string {
  return isIdentifierColumn(column.name) && isNumericType(column.type) ? 'ID' : column.type;
}

export function createValueFormatter(locale: string): ValueFormatter {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  const scientific = new Intl.NumberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 4 });

  function formatNumber(n: number, type: string): string {
    if (!Number.isFinite(n)) return String(n);
    const abs = Math.abs(n);
    if (INTEGER_TYPE.test(type) && Number.isInteger(n)) return integer.format(n);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return scientific.format(n);
    return abs !== 0 && abs < 1 ? small.format(n) : decimal.format(n);
  }

  return (value, type) => {
    if (value === null || value === undefined) return { text: 'NULL', title: '', kind: 'null' };
    if (type === 'ID' && (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string')) {
      return { text: String(value), title: '', kind: 'number' };
    }
    if (typeof value === 'number') {
      const text = formatNumber(value, type);
      return { text, title: fullTitle(text, String(value)), kind: 'number' };
    }
    if (typeof value === 'bigint') {
      const text = integer.format(value);
      return { text, title: fullTitle(text, value.toString()), kind: 'number' };
    }
    if (typeof value === 'boolean') return { text: String(value), title: '', kind: 'boolean' };
    if (typeof value === 'string' && isNumericType(type)) return formatNumericString(value, integer);
    if (value instanceof Date) return formatTemporal(value.toISOString(), type);
    if (typeof value === 'string' && TEMPORAL_TYPE.test(type)) return formatTemporal(value, type);
    if (typeof value === 'string') return formatText(value);
    if (value instanceof Uint8Array) return formatText(bytesAsHex(value));
    return formatText(jsonText(value));
  };
}

/** Integers too large for a double arrive as digit strings; group them without losing digits. */
function formatNumericString(value: string, integer: Intl.NumberFormat): FormattedValue {
  const match = /^(-?\d+)(\.\d+)?$/.exec(value.trim());
  if (!match) return { text: value, title: '', kind: 'number' };
  const text = integer.format(BigInt(match[1]!)) + (match[2] ?? '');
  return { text, title: fullTitle(text, value), kind: 'number' };
}

function formatTemporal(value: string, type: string): FormattedValue {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return { text: value, title: '', kind: 'temporal' }; // TIME '08:30:00', 'infinity'
  const [, date, time, fraction] = match;
  const isDateOnly = /^DATE$/i.test(type.trim());
  const nonZeroFraction = fraction && /[1-9]/.test(fraction) ? fraction.replace(/0+$/, '') : '';
  const text = isDateOnly || !time ? date! : `${date} ${time}${nonZeroFraction}`;
  return { text, title: fullTitle(text, value), kind: 'temporal' };
}

function formatText(value: string): FormattedValue {
  if (value.length <= MAX_CELL_TEXT) return { text: value, title: value, kind: 'text' };
  const title = value.length > MAX_TITLE_TEXT ? value.slice(0, MAX_TITLE_TEXT) + '…' : value;
  return { text: value.slice(0, MAX_CELL_TEXT) + '…', title, kind: 'text' };
}

function fullTitle(text: string, full: string): string {
  return text === full ? '' : full;
}

function bytesAsHex(bytes: Uint8Array): string {
  const shown = Array.from(bytes.subarray(0, 64), (b) => b.toString(16).padStart(2, '0')).join('');
  return `\\x${shown}${bytes.length > 64 ? '…' : ''}`;
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
  } catch {
    return String(value);
  }
}
