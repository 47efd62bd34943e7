// DuckDB's conversions as plain TypeScript, for the cast steps of reference.ts (probed on 1.4:
// text numbers round half away from zero, dates parse as YYYY-MM-DD or YYYY/MM/DD, booleans
// from true/false/t/f/yes/no/y/n/1/0 in any case but not padded).

import type { CastType } from '../../../src/core/clean';
import type { Value } from './dataset';

export type Kind = 'text' | 'integer' | 'number' | 'decimal' | 'date' | 'other';

/** Half away from zero, as DuckDB rounds text and round() does (Math.round sends -2.5 to -2). */
export const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x)) + 0; // + 0: no -0

const toCents = (x: number) => roundHalfAway(x * 100) / 100;

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const BOOLEANS: Record<string, boolean> = { true: true, t: true, yes: true, y: true, '1': true, false: false, f: false, no: false, n: false, '0': false };

function daysInMonth(y: number, m: number) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** strptime for the specifiers the tests use: %Y, %m, %d and literal text. */
function strptime(text: string, format: string): string | null {
  const order: string[] = [];
  const pattern = format.replace(/%([Ymd])|([^%])/g, (_, spec: string | undefined, lit: string | undefined) => {
    if (spec) {
      order.push(spec);
      return spec === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
    }
    return lit!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  });
  const m = new RegExp(`^\\s*${pattern}\\s*$`).exec(text);
  if (!m) return null;
  const part = (s: string) => Number(m[order.indexOf(s) + 1]);
  return isoDay(part('Y'), part('m'), part('d'));
}

export function castValue(value: Value, fromKind: Kind, to: CastType, formats: readonly string[]): Value {
  if (value === null) return null;
  if (to === 'VARCHAR') return String(value);
  if (to === 'DATE' || to === 'TIMESTAMP') {
    let day: string | null = null;
    if (formats.length > 0 && (fromKind === 'text' || fromKind === 'integer')) {
      for (const f of formats) if ((day = strptime(String(value), f)) !== null) break;
    } else if (fromKind === 'text') {
      const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(String(value));
      day = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    }
    return day === null ? null : to === 'DATE' ? day : `${day}T00:00:00.000`;
  }
  if (to === 'BOOLEAN') return fromKind === 'text' ? (BOOLEANS[String(value).toLowerCase()] ?? null) : Number(value) !== 0;
  const n = typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : NUMBER.test(value) ? Number(value) : null;
  if (n === null) return null;
  if (to === 'INTEGER' || to === 'BIGINT') return roundHalfAway(n);
  if (to === 'DECIMAL') return toCents(n);
  return n;
}


export const CAST_KINDS: Record<CastType, Kind> = {
  VARCHAR: 'text', INTEGER: 'integer', BIGINT: 'integer', DOUBLE: 'number', DECIMAL: 'decimal', DATE: 'date', TIMESTAMP: 'date', BOOLEAN: 'other',
};

/** A computed value (mean, quantile) stored in a column of this kind. */
export const storedAs = (kind: Kind | undefined, x: number) => (kind === 'integer' ? roundHalfAway(x) : kind === 'decimal' ? toCents(x) : x);

