// Plain-TypeScript answers to what a chart query should return, computed from the generated
// rows without SQL: groups, aggregates, bins, time units and type-7 quartiles.

import { niceBins, type Bins } from '../../../src/core/charts/nice-bins';
import { normalizeSettings } from '../../../src/core/charts/plan';
import type { ChartSettings, EncodingChannel, EncodingSettings, TimeUnit } from '../../../src/core/charts/types';
import type { Row } from './dataset';

type Value = string | number | null;
export interface ReferenceGroup {
  key: Value[];
  rows: Row[];
}

const CHANNELS: EncodingChannel[] = ['x', 'y', 'color', 'size', 'facet'];

export function encodingsOf(settings: ChartSettings): [EncodingChannel, EncodingSettings][] {
  const { encodings } = normalizeSettings(settings);
  return CHANNELS.flatMap((c) => (encodings[c] ? [[c, encodings[c]] as [EncodingChannel, EncodingSettings]] : []));
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, -1);

function parseNaive(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}${text.length === 10 ? 'T00:00:00' : ''}Z`);
}

export function applyTimeUnit(unit: TimeUnit, text: string): string {
  const d = parseNaive(text);
  const [y, m, day, dow, h] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours()];
  switch (unit) {
    case 'year': return iso(Date.UTC(y, 0, 1));
    case 'yearmonth': return iso(Date.UTC(y, m, 1));
    case 'yearmonthdate': return iso(Date.UTC(y, m, day));
    case 'week': return iso(Date.UTC(y, m, day - ((dow + 6) % 7))); // ISO weeks start on Monday
    case 'quarter': return iso(Date.UTC(2012, 3 * Math.floor(m / 3), 1));
    case 'month': return iso(Date.UTC(2012, m, 1));
    case 'day': return iso(Date.UTC(2012, 0, 1 + dow)); // 2012-01-01 was a Sunday
    case 'hour': return iso(Date.UTC(2012, 0, 1, h));
  }
}

/** The bin a value falls in, found by walking the bins (the last one is closed). */
export function binOf(value: number, bins: Bins): number {
  let start = bins.start;
  while (start + bins.step < bins.stop - 1e-9 && value >= start + bins.step - 1e-9) start += bins.step;
  return Number(start.toFixed(10));
}

export function referenceBins(rows: Row[], encoding: EncodingSettings, channel: EncodingChannel): Bins {
  const values = rows.map((r) => r[encoding.field!]).filter((v): v is number => typeof v === 'number');
  const maxbins = typeof encoding.bin === 'object' ? encoding.bin.maxbins : channel === 'facet' ? 6 : 10;
  return niceBins(Math.min(...values), Math.max(...values), maxbins);
}

export function groupValue(row: Row, encoding: EncodingSettings, bins?: Bins): Value {
  const raw = row[encoding.field!] ?? null;
  if (raw === null) return null;
  if (encoding.timeUnit) return applyTimeUnit(encoding.timeUnit, String(raw));
  if (bins) return binOf(Number(raw), bins);
  if (encoding.type === 'quantitative') return Number(raw);
  if (encoding.type === 'temporal') return iso(parseNaive(String(raw)).getTime());
  return raw;
}

/** Rows with a null in a continuous grouping (or boxplot value) field are not charted. */
export function chartedRows(rows: Row[], continuous: EncodingSettings[]): Row[] {
  return rows.filter((r) => continuous.every((e) => r[e.field!] !== null && r[e.field!] !== undefined));
}

export function isContinuous(e: EncodingSettings): boolean {
  return e.type === 'quantitative' || e.type === 'temporal' || e.timeUnit !== undefined;
}

export function groupRows(rows: Row[], keyOf: (row: Row) => Value[]): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>();
  for (const row of rows) {
    const key = keyOf(row);
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.values()];
}

export function aggregate(rows: Row[], encoding: EncodingSettings): Value {
  if (encoding.aggregate === 'count') return rows.length;
  const values = rows.map((r) => r[encoding.field!]).filter((v) => v !== null && v !== undefined);
  if (encoding.aggregate === 'distinct') return new Set(values).size;
  const numbers = values.map(Number).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  switch (encoding.aggregate) {
    case 'sum': return numbers.reduce((a, b) => a + b, 0);
    case 'mean': return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 'median': return quantile7(numbers, 0.5);
    case 'min': return numbers[0]!;
    case 'max': return numbers[numbers.length - 1]!;
    default: throw new Error(`no reference for ${encoding.aggregate}`);
  }
}

/** Hyndman & Fan type 7 on a sorted array (R's default, numpy's 'linear'). */
export function quantile7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Vega-Lite's boxplot: whiskers reach 1.5 IQR beyond the box, but not past min and max. */
export function boxStats(values: number[]): Record<string, number> {
  const sorted = [...values].sort((a, b) => a - b);
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((p) => quantile7(sorted, p)) as [number, number, number];
  const [min, max] = [sorted[0]!, sorted[sorted.length - 1]!];
  return {
    q1, median, q3, min, max,
    lower: Math.max(min, q1 - 1.5 * (q3 - q1)),
    upper: Math.min(max, q3 + 1.5 * (q3 - q1)),
    count: sorted.length,
  };
}
