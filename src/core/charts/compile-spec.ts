// The Vega-Lite spec for a compiled chart query. It reads the query's rows from the named
// dataset 'table' (the chart view inserts them); it never names a URL.

import type { TopLevelSpec } from 'vega-lite';
import { compileBoxplotSpec } from './boxplot-spec';
import { CHART_DATASET, binEndField, fieldDef, primaryField, tooltipDefs, type ChannelDef } from './spec-channels';
import type { ChartField, ChartSettings } from './types';

export { CHART_DATASET };

/** Marks whose binned position spans bin start to bin end; others draw at the bin start. */
const SPANNING_MARKS = new Set(['bar', 'rect', 'histogram']);

export function compileVegaLiteSpec(settings: ChartSettings, fields: ChartField[]): TopLevelSpec {
  if (fields.some((f) => f.role === 'median')) return compileBoxplotSpec(fields);
  const encoding: Record<string, ChannelDef | ChannelDef[]> = settings.mark === 'arc' ? arcEncoding(fields) : cartesianEncoding(settings, fields);
  const facet = primaryField(fields, 'facet');
  if (facet) encoding.facet = { ...binnedAsOrdinal(fieldDef(facet, fields), facet), columns: 3 };
  const size = primaryField(fields, 'size');
  if (size) encoding.size = fieldDef(size, fields);
  encoding.tooltip = tooltipDefs(fields);
  const mark = settings.mark === 'histogram' ? 'bar' : settings.mark;
  return { data: { name: CHART_DATASET }, mark: { type: mark }, encoding } as TopLevelSpec;
}

function cartesianEncoding(settings: ChartSettings, fields: ChartField[]): Record<string, ChannelDef> {
  const encoding: Record<string, ChannelDef> = {};
  for (const channel of ['x', 'y'] as const) {
    const field = primaryField(fields, channel);
    if (!field) continue;
    const end = binEndField(fields, channel);
    const spans = end !== undefined && SPANNING_MARKS.has(settings.mark);
    encoding[channel] = fieldDef(field, fields, { binned: spans });
    if (spans && end) encoding[`${channel}2`] = { field: end.column };
  }
  const color = primaryField(fields, 'color');
  if (color) encoding.color = binnedAsOrdinal(fieldDef(color, fields), color);
  return encoding;
}

/** Pie and donut: the y value is the angle, slices are the color (or, without one, x) groups. */
function arcEncoding(fields: ChartField[]): Record<string, ChannelDef> {
  const value = primaryField(fields, 'y');
  const slices = primaryField(fields, 'color') ?? primaryField(fields, 'x');
  const encoding: Record<string, ChannelDef> = {};
  if (value) encoding.theta = { ...fieldDef(value, fields), stack: true };
  if (slices) encoding.color = binnedAsOrdinal(fieldDef(slices, fields), slices);
  return encoding;
}

/** A binned legend lists bins; a continuous gradient would pretend the bins are not there. */
function binnedAsOrdinal(def: ChannelDef, field: ChartField): ChannelDef {
  return field.role === 'binStart' ? { ...def, type: 'ordinal' } : def;
}
