// Brush to segment: which selection a builder chart offers, and the Vega-Lite params that make
// it. A bar of categories is picked by clicking (point selection on that field); a continuous
// or binned axis is brushed by dragging (interval). The chart's columns are named after channels,
// so `columns` maps them back to the input table's columns for the filter cell.

import type { ChartField, ChartSettings } from './types';

export interface ChartSelectionSpec {
  name: 'brush' | 'pick';
  type: 'interval' | 'point';
  /** Chart column (as in the spec) -> input column. */
  columns: Record<string, string>;
}

const CATEGORICAL = new Set(['nominal', 'ordinal']);

export function selectionFor(settings: ChartSettings, fields: ChartField[]): ChartSelectionSpec | null {
  const position = (channel: 'x' | 'y' | 'color') => fields.find((f) => f.channel === channel && (f.role === 'group' || f.role === 'binStart' || f.role === 'value') && f.source !== undefined);
  const x = position('x');
  const y = position('y');
  if (settings.mark === 'arc') {
    const slices = position('color') ?? x;
    return slices && CATEGORICAL.has(slices.type) ? point([slices]) : null;
  }
  if (settings.mark === 'boxplot') return null; // a layered spec of precomputed statistics
  const categorical = [x, y].filter((f): f is ChartField => f !== undefined && CATEGORICAL.has(f.type) && f.role === 'group');
  if (categorical.length > 0 && (settings.mark === 'bar' || settings.mark === 'rect')) return point(categorical);
  const continuous = [x, y].filter((f): f is ChartField => f !== undefined && !CATEGORICAL.has(f.type));
  if (continuous.length === 0) return null;
  // a scatter of raw points is brushed in two dimensions; other marks along the x axis
  const brushed = settings.mark === 'point' && continuous.length === 2 ? continuous : continuous.filter((f) => f.channel === 'x');
  if (brushed.length === 0) return null;
  return { name: 'brush', type: 'interval', columns: Object.fromEntries(brushed.map((f) => [f.column, f.source!])) };
}

function point(fields: ChartField[]): ChartSelectionSpec {
  return { name: 'pick', type: 'point', columns: Object.fromEntries(fields.map((f) => [f.column, f.source!])) };
}

/** The spec with the selection param; picked marks stay solid and the others fade. */
export function withSelection(spec: Record<string, unknown>, selection: ChartSelectionSpec): Record<string, unknown> {
  const channels = Object.keys(selection.columns).map((column) => channelOf(spec, column)).filter((c): c is string => c !== undefined);
  const select = selection.type === 'interval' ? { type: 'interval', encodings: channels } : { type: 'point', fields: Object.keys(selection.columns) };
  const params = [...((spec.params as unknown[]) ?? []), { name: selection.name, select }];
  if (selection.type === 'interval') return { ...spec, params };
  const encoding = { ...(spec.encoding as Record<string, unknown>), opacity: { condition: { param: selection.name, value: 1, empty: true }, value: 0.35 } };
  return { ...spec, params, encoding };
}

function channelOf(spec: Record<string, unknown>, column: string): string | undefined {
  const encoding = (spec.encoding ?? {}) as Record<string, { field?: string }>;
  return Object.keys(encoding).find((channel) => encoding[channel]?.field === column && (channel === 'x' || channel === 'y'));
}

/**
 * A dragged interval's ends carry the pixel's full precision (30.14886652381675). Rounded
 * outwards to three significant digits of the brushed span, every brushed point stays inside
 * and the filter reads like a person wrote it (30.1 to 82.7).
 */
export function roundInterval(lo: number, hi: number): [number, number] {
  const span = hi - lo;
  if (!Number.isFinite(span) || span <= 0) return [lo, hi];
  const step = 10 ** (Math.floor(Math.log10(span)) - 2);
  const clean = (v: number) => Number(v.toPrecision(15)); // drop float noise from the multiplication
  // 0.0199 / 1e-5 is 1990.0000000000002 in floating point: a small tolerance keeps it 1990
  return [clean(Math.floor(lo / step + 1e-9) * step), clean(Math.ceil(hi / step - 1e-9) * step)];
}
