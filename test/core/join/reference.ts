// Joins done again in plain TypeScript with nested loops, following the definitions in
// src/core/join/types.ts and compile.ts, to check what DuckDB returns for the compiled SQL.

import type { JoinSettings, JoinStep, KeyCast } from '../../../src/core/join';
import type { Row, Table, Value } from './dataset';

export interface ReferenceReport {
  rows_before: number;
  rows_after: number;
  base_keys_matched: number;
  base_keys_unmatched: number;
  base_rows_null_key: number;
  right_keys_unmatched: number;
  right_rows_null_key: number;
  right_rows_per_key_max: number;
}

const find = (names: readonly string[], name: string) => names.find((n) => n === name) ?? names.find((n) => n.toLowerCase() === name.toLowerCase())!;

function castKey(value: Value, as: KeyCast | null): Value {
  if (value === null || as === null) return value;
  if (as === 'BIGINT') return /^\s*[+-]?\d+\s*$/.test(String(value)) ? Number(value) : typeof value === 'number' ? Math.round(value) : null;
  if (as === 'DOUBLE') return Number.isFinite(Number(value)) && String(value).trim() !== '' ? Number(value) : null;
  return String(value);
}

/** Tuples as text; null when any part is missing (SQL equality never matches NULL). */
function keyOf(row: Row, columns: string[], casts: (KeyCast | null)[]): string | null {
  const parts = columns.map((c, i) => castKey(row[c] ?? null, casts[i]!));
  return parts.some((p) => p === null) ? null : JSON.stringify(parts.map((p) => (typeof p === 'number' ? p : String(p))));
}

function summarise(step: JoinStep, rows: Row[], rightNames: string[]): Record<string, Value> {
  const out: Record<string, Value> = {};
  const agg = step.aggregate!;
  if (agg.count) out.row_count = rows.length;
  for (const m of agg.measures) {
    const column = find(rightNames, m.column);
    const present = rows.map((r) => r[column] ?? null).filter((v): v is string | number => v !== null);
    const name = `${m.fn === 'countDistinct' ? 'count_distinct' : m.fn}_${column}`;
    const nums = present.map(Number);
    if (m.fn === 'countDistinct') out[name] = new Set(present).size;
    else if (present.length === 0) out[name] = null;
    else if (m.fn === 'sum') out[name] = Math.round(nums.reduce((a, b) => a + b, 0) * 100) / 100;
    else if (m.fn === 'mean') out[name] = nums.reduce((a, b) => a + b, 0) / nums.length;
    else out[name] = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).at(m.fn === 'min' ? 0 : -1)!;
  }
  for (const l of agg.latest) {
    const [column, by] = [find(rightNames, l.column), find(rightNames, l.by)];
    const order = (a: Row, b: Row) => (a[by]! < b[by]! ? -1 : a[by]! > b[by]! ? 1 : a[column]! < b[column]! ? -1 : a[column]! > b[column]! ? 1 : 0);
    const known = rows.filter((r) => r[column] != null && r[by] != null).sort(order);
    out[`latest_${column}`] = known.at(-1)?.[column] ?? null;
  }
  return out;
}

export function joinReference(settings: JoinSettings, tables: readonly Table[]): { columns: string[]; rows: Row[]; report: ReferenceReport[] } {
  const base = tables[settings.base]!;
  let columns = base.columns.map(([n]) => n);
  let rows: Row[] = base.rows.map((r) => ({ ...r }));
  const report: ReferenceReport[] = [];
  for (const step of settings.joins) {
    const right = tables[step.input]!;
    const rightNames = right.columns.map(([n]) => n);
    const leftKeys = step.keys.map((k) => find(columns, k.left));
    const rightKeys = step.keys.map((k) => find(rightNames, k.right));
    const casts = step.keys.map((k) => k.as);

    // The right side: its rows, or one summary per key.
    let candidates: { key: string | null; values: Record<string, Value> }[];
    if (step.aggregate) {
      const groups = new Map<string | null, Row[]>();
      for (const r of right.rows) groups.set(keyOf(r, rightKeys, casts), [...(groups.get(keyOf(r, rightKeys, casts)) ?? []), r]);
      candidates = [...groups].map(([key, group]) => ({ key, values: { ...summarise(step, group, rightNames), ...Object.fromEntries(rightKeys.map((k) => [k, group[0]![k] ?? null])) } }));
    } else {
      candidates = right.rows.map((r) => ({ key: keyOf(r, rightKeys, casts), values: r }));
    }
    const brought = step.aggregate
      ? Object.keys(summarise(step, [], rightNames))
      : step.columns === null ? rightNames.filter((n) => !rightKeys.includes(n)) : [...new Set(step.columns.map((c) => find(rightNames, c)))];
    const taken = new Set(columns.map((c) => c.toLowerCase()));
    const outNames = brought.map((b) => {
      let name = `${step.prefix}${b}`;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${step.prefix}${b}_${n}`;
      taken.add(name.toLowerCase());
      return name;
    });
    const withRight = (left: Row, right: Record<string, Value> | null): Row => ({
      ...left,
      ...Object.fromEntries(brought.map((b, i) => [outNames[i]!, right ? (right[b] ?? null) : null])),
    });

    const next: Row[] = [];
    const matched = new Set<number>();
    for (const left of rows) {
      const key = keyOf(left, leftKeys, casts);
      const hits = key === null ? [] : candidates.flatMap((c, i) => (c.key === key ? [i] : []));
      hits.forEach((i) => matched.add(i));
      // A full join's key columns are coalesce(cast left, cast right): for rows with a base row, the cast base key.
      const keyed = step.kind === 'full' ? { ...left, ...Object.fromEntries(leftKeys.map((k, j) => [k, castKey(left[k] ?? null, casts[j]!)])) } : left;
      if (hits.length > 0) next.push(...hits.map((i) => withRight(keyed, candidates[i]!.values)));
      else if (step.kind !== 'inner') next.push(withRight(keyed, null));
    }
    if (step.kind === 'full') {
      candidates.forEach((c, i) => {
        if (matched.has(i)) return;
        const empty: Row = Object.fromEntries(columns.map((n) => [n, null]));
        leftKeys.forEach((k, j) => (empty[k] = castKey(c.values[rightKeys[j]!] ?? null, casts[j]!)));
        next.push(withRight(empty, c.values));
      });
    }

    const leftSet = new Set(rows.map((r) => keyOf(r, leftKeys, casts)).filter((k) => k !== null));
    const rightCounts = new Map<string, number>();
    for (const r of right.rows) {
      const k = keyOf(r, rightKeys, casts);
      if (k !== null) rightCounts.set(k, (rightCounts.get(k) ?? 0) + 1);
    }
    report.push({
      rows_before: rows.length,
      rows_after: next.length,
      base_keys_matched: [...leftSet].filter((k) => rightCounts.has(k)).length,
      base_keys_unmatched: [...leftSet].filter((k) => !rightCounts.has(k)).length,
      base_rows_null_key: rows.filter((r) => keyOf(r, leftKeys, casts) === null).length,
      right_keys_unmatched: [...rightCounts.keys()].filter((k) => !leftSet.has(k)).length,
      right_rows_null_key: right.rows.filter((r) => keyOf(r, rightKeys, casts) === null).length,
      right_rows_per_key_max: Math.max(0, ...rightCounts.values()),
    });
    rows = next;
    columns = [...columns, ...outNames];
  }
  return { columns, rows, report };
}
