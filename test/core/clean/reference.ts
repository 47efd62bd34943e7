// Clean steps done again in plain TypeScript over the same rows, without SQL, following the
// definitions in src/core/clean/types.ts and DuckDB's documented conversions (probed on 1.4).

import type { CleanStep } from '../../../src/core/clean';
import type { Row, Value } from './dataset';
import { CAST_KINDS, castValue, storedAs, type Kind } from './reference-cast';

export { castValue, type Kind };

export interface ReferenceStep {
  kind: string;
  rowsBefore: number;
  rowsAfter: number;
  valuesChanged: number | null;
  castFailures: number | null;
}

/** Type-7 quantile of the non-NULL values (pandas' default, DuckDB's quantile_cont). */
export function quantile7(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}

const same = (a: Value, b: Value) => a === b;
const column = (row: Row, name: string) => row[name] ?? null;

/** The steps with column names spelled as in the table (steps may use any case, as DuckDB does). */
function canonical(steps: readonly CleanStep[], names: readonly string[]): CleanStep[] {
  const canon = (name: string) => names.find((n) => n === name) ?? names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
  return steps.map((step) => {
    switch (step.kind) {
      case 'dedupe':
        return { ...step, keys: step.keys.map(canon), orderBy: step.orderBy && { ...step.orderBy, column: canon(step.orderBy.column) } };
      case 'trim':
      case 'dropNulls':
        return { ...step, columns: step.columns.map(canon) };
      default:
        return { ...step, column: canon(step.column) };
    }
  });
}

export function cleanReference(input: readonly Row[], kinds: Record<string, Kind>, written: readonly CleanStep[]): { rows: Row[]; report: ReferenceStep[] } {
  const steps = canonical(written, Object.keys(kinds));
  let rows = input.map((r) => ({ ...r }));
  const types = { ...kinds };
  const report: ReferenceStep[] = [];
  for (const step of steps) {
    const before = rows;
    let changed: number | null = null;
    let failures: number | null = null;
    const mapColumn = (name: string, f: (v: Value) => Value) => {
      changed ??= 0;
      rows = rows.map((r) => {
        const next = f(column(r, name));
        if (!same(next, column(r, name))) changed!++;
        return { ...r, [name]: next };
      });
    };
    switch (step.kind) {
      case 'dedupe': {
        const best = new Map<string, Row>();
        const order = step.orderBy;
        // Ascending, NULLs last; the order column may be descending, the tie-breakers never are.
        const compare = (x: Value, y: Value, descending = false) => {
          if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
          return x === y ? 0 : (x < y) !== descending ? -1 : 1;
        };
        const others = Object.keys(types).filter((c) => c !== order?.column && !step.keys.includes(c));
        const better = (a: Row, b: Row) => {
          if (!order) return false;
          const first = compare(column(a, order.column), column(b, order.column), order.descending);
          if (first !== 0) return first < 0;
          for (const c of others) {
            const next = compare(column(a, c), column(b, c));
            if (next !== 0) return next < 0;
          }
          return false;
        };
        for (const row of rows) {
          const key = JSON.stringify(step.keys.map((k) => column(row, k)));
          const kept = best.get(key);
          if (!kept || better(row, kept)) best.set(key, row);
        }
        rows = [...best.values()];
        break;
      }
      case 'trim':
        for (const name of step.columns) {
          types[name] = 'text';
          mapColumn(name, (v) => {
            if (v === null) return null;
            let t = String(v).replace(/^\s+|\s+$/g, '');
            if (step.collapseSpaces) t = t.replace(/\s+/g, ' ');
            return step.emptyAsNull && t === '' ? null : t;
          });
        }
        break;
      case 'cast': {
        const from = types[step.column]!;
        failures = rows.filter((r) => {
          const v = column(r, step.column);
          return v !== null && !(from === 'text' && String(v).trim() === '') && castValue(v, from, step.to, step.formats) === null;
        }).length;
        rows = rows.map((r) => ({ ...r, [step.column]: castValue(column(r, step.column), from, step.to, step.formats) }));
        types[step.column] = CAST_KINDS[step.to];
        break;
      }
      case 'dropNulls':
        rows = rows.filter((r) => step.columns.every((c) => column(r, c) !== null));
        break;
      case 'fillNulls': {
        const present = rows.map((r) => column(r, step.column)).filter((v): v is number => v !== null) as number[];
        let fill: Value;
        const numeric = ['integer', 'number', 'decimal'].includes(types[step.column]!);
        if (step.fill.kind === 'constant') fill = numeric ? Number(String(step.fill.value).trim()) : step.fill.value;
        else if (present.length === 0) fill = null;
        else fill = step.fill.kind === 'mean' ? present.reduce((a, b) => a + b, 0) / present.length : quantile7(present, 0.5);
        if (typeof fill === 'number' && step.fill.kind !== 'constant') fill = storedAs(types[step.column], fill);
        mapColumn(step.column, (v) => v ?? fill);
        break;
      }
      case 'exclude': {
        const { match } = step;
        const fold = (v: Value) => (step.ignoreCase && typeof v === 'string' ? v.toLowerCase() : v);
        const matches = (v: Value) => {
          if (v === null) return false;
          if (match.kind === 'prefix') return String(fold(v)).startsWith(String(fold(match.prefix)));
          if (match.kind === 'atMost') return (v as number) <= match.value;
          return match.values.some((m) => (typeof v === 'number' ? Number(m) === v : fold(String(m)) === fold(v)));
        };
        rows = rows.filter((r) => !matches(column(r, step.column)));
        break;
      }
      case 'cap': {
        const present = rows.map((r) => column(r, step.column)).filter((v): v is number => v !== null) as number[];
        const p = step.percentile;
        const lo = quantile7(present, p / 100);
        const hi = quantile7(present, (100 - p) / 100);
        const asType = (x: number) => storedAs(types[step.column], x);
        mapColumn(step.column, (v) => {
          if (v === null) return null;
          if (step.sides !== 'upper' && (v as number) < lo) return asType(lo);
          if (step.sides !== 'lower' && (v as number) > hi) return asType(hi);
          return v;
        });
        break;
      }
    }
    report.push({ kind: step.kind, rowsBefore: before.length, rowsAfter: rows.length, valuesChanged: changed, castFailures: failures });
  }
  return { rows, report };
}
