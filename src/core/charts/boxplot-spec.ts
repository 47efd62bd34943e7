// A boxplot drawn from precomputed statistics: a rule for the whiskers, a bar for the box and
// a tick for the median, in one layer per group (Vega-Lite's boxplot mark would recompute them
// from raw rows, which is what the SQL exists to avoid).

import type { TopLevelSpec } from 'vega-lite';
import { CHART_DATASET, fieldDef, primaryField, tooltipDefs, type ChannelDef } from './spec-channels';
import type { ChartField } from './types';

export function compileBoxplotSpec(fields: ChartField[]): TopLevelSpec {
  const median = fields.find((f) => f.role === 'median');
  if (!median) throw new Error('boxplot fields without a median');
  const valueChannel = median.channel === 'x' ? 'x' : 'y';
  const groupChannel = valueChannel === 'x' ? 'y' : 'x';
  const stat = (role: string, title = median.title): ChannelDef => ({ field: role, type: 'quantitative', title });
  const shared: Record<string, ChannelDef> = {};
  const group = primaryField(fields, groupChannel);
  if (group) shared[groupChannel] = fieldDef(group, fields);
  const color = primaryField(fields, 'color');
  if (color) {
    shared.color = fieldDef(color, fields);
    // several boxes per group side by side instead of on top of each other
    if (group) shared[`${groupChannel}Offset`] = { field: color.column, type: color.type };
  }
  const layer = [
    { mark: { type: 'rule' }, encoding: { [valueChannel]: stat('lower'), [`${valueChannel}2`]: { field: 'upper' } } },
    { mark: { type: 'bar', size: 14 }, encoding: { [valueChannel]: stat('q1'), [`${valueChannel}2`]: { field: 'q3' }, tooltip: tooltipDefs(fields) } },
    { mark: { type: 'tick', color: 'white', size: 14 }, encoding: { [valueChannel]: stat('median') } },
  ];
  const facet = primaryField(fields, 'facet');
  if (facet) {
    const { field, type, title } = fieldDef(facet, fields);
    return { data: { name: CHART_DATASET }, facet: { field, type, title }, columns: 3, spec: { encoding: shared, layer } } as TopLevelSpec;
  }
  return { data: { name: CHART_DATASET }, encoding: shared, layer } as TopLevelSpec;
}
