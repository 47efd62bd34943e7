// Vega-Lite channel definitions for precomputed columns: fields are already aggregated,
// binned and time-truncated in SQL, so the spec only says how to draw and label them.

import type { ChartField, EncodingChannel, SortOrder } from './types';

export type ChannelDef = Record<string, unknown>;

/** The named dataset every spec reads; the chart view inserts the query rows into it. */
export const CHART_DATASET = 'table';

const CATEGORICAL = new Set(['nominal', 'ordinal']);

/** The column a channel is drawn from: its group, value, bin start or measure. */
export function primaryField(fields: ChartField[], channel: EncodingChannel): ChartField | undefined {
  return fields.find(
    (f) => f.channel === channel && (f.role === 'group' || f.role === 'value' || f.role === 'binStart' || f.role === 'measure'),
  );
}

export function binEndField(fields: ChartField[], channel: EncodingChannel): ChartField | undefined {
  return fields.find((f) => f.channel === channel && f.role === 'binEnd');
}

/**
 * week is an ISO (Monday) week start, which Vega-Lite's Sunday weeks would move: no timeUnit.
 * Vega-Lite spells hour of day 'hours' (an unknown unit is silently dropped).
 */
function timeUnitDef(field: ChartField): ChannelDef {
  if (!field.timeUnit || field.timeUnit === 'week') return {};
  return { timeUnit: field.timeUnit === 'hour' ? 'hours' : field.timeUnit };
}

export function fieldDef(field: ChartField, fields: ChartField[], options: { binned?: boolean } = {}): ChannelDef {
  const type = field.role === 'binStart' && !options.binned ? 'quantitative' : field.type;
  const sort = field.sort ? sortDef(field.sort, field, fields) : undefined;
  return {
    field: field.column,
    type,
    title: field.title,
    ...(options.binned && { bin: 'binned' }),
    ...timeUnitDef(field),
    ...(sort !== undefined && { sort }),
  };
}

/** By-channel sorts become an explicit sum: for stacked bars that is the bar's total. */
function sortDef(sort: SortOrder, field: ChartField, fields: ChartField[]): unknown {
  if (sort === 'ascending' || sort === 'descending') return sort;
  if (!CATEGORICAL.has(field.type)) return undefined;
  const target = fields.find((f) => f.channel === sort.replace('-', '') && (f.role === 'median' || f.role === 'measure' || f.role === 'value' || f.role === 'group'));
  if (!target || target === field) return undefined;
  return { field: target.column, op: 'sum', order: sort.startsWith('-') ? 'descending' : 'ascending' };
}

export function tooltipDefs(fields: ChartField[]): ChannelDef[] {
  return fields.map((f) => ({ field: f.column, type: f.role === 'binStart' || f.role === 'binEnd' ? 'quantitative' : f.type, title: tooltipTitle(f), ...timeUnitDef(f) }));
}

function tooltipTitle(field: ChartField): string {
  if (field.role === 'binEnd') return `${field.title} (end)`;
  if (['lower', 'q1', 'median', 'q3', 'upper', 'min', 'max'].includes(field.role)) return `${field.role}(${field.title})`;
  return field.title;
}
