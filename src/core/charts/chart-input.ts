// The first step of every chart query: one row per input row, one column per encoding, named
// after its channel: the group key (time-unit key, bin index) or the value to aggregate.
// Later steps group or sample it and turn keys into the values drawn.

import { quoteIdent } from '../sql/quote';
import { binIndexExpression, keyExpression, measureInputExpression, requiresValue } from './encoding-sql';
import { DEFAULT_MAXBINS, niceBins, type Bins } from './nice-bins';
import type { ChartPlan } from './plan';
import type { EncodingChannel, EncodingSettings } from './types';

export type BinExtent = Record<string, { min: number; max: number }>;

export interface ChartInput {
  /** SELECT ... FROM ... WHERE ...; usable as a CTE. */
  sql: string;
  bins: Map<EncodingChannel, Bins>;
}

export function maxbinsOf(encoding: EncodingSettings, channel: EncodingChannel): number {
  if (typeof encoding.bin === 'object') return encoding.bin.maxbins;
  return channel === 'facet' ? 6 : DEFAULT_MAXBINS; // Vega-Lite's defaults
}

export function chartInputSql(plan: ChartPlan, table: string, binExtent: BinExtent): ChartInput {
  const bins = new Map<EncodingChannel, Bins>();
  const items: string[] = [];
  for (const planned of plan.encodings) {
    const { channel, encoding, job } = planned;
    let expression = job === 'measure' ? measureInputExpression(encoding) : keyExpression(encoding);
    if (expression === null) continue;
    if (job === 'group' && encoding.bin) {
      const extent = binExtent[encoding.field ?? ''];
      if (!extent) throw new Error(`no bin extent for field ${JSON.stringify(encoding.field)}: run the extent query first`);
      const channelBins = niceBins(extent.min, extent.max, maxbinsOf(encoding, channel));
      bins.set(channel, channelBins);
      expression = binIndexExpression(expression, channelBins);
    }
    items.push(`${expression} AS ${quoteIdent(channel)}`);
  }
  const select = items.length > 0 ? items.join(',\n    ') : '1 AS "row"';
  return { sql: `SELECT\n    ${select}\n  FROM ${quoteIdent(table)}${chartWhere(plan)}`, bins };
}

/** The rows a chart reads; shared with the extent query so its row count matches. */
export function chartWhere(plan: ChartPlan): string {
  const fields = new Set(plan.encodings.filter(requiresValue).map((p) => p.encoding.field ?? ''));
  const conditions = [...fields].map((field) => `${quoteIdent(field)} IS NOT NULL`);
  return conditions.length > 0 ? `\n  WHERE ${conditions.join(' AND ')}` : '';
}
