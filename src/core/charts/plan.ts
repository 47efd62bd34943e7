// Turns builder settings into what the query and the spec are built from: which kind of
// query (aggregate, raw rows, boxplot statistics) and the job of each encoding.

import { ENCODING_CHANNELS, type ChartQueryKind, type ChartSettings, type EncodingChannel, type EncodingSettings } from './types';

/** group: GROUP BY it (or, in raw queries, return it); measure: aggregate it; boxValue: the boxplot's distribution. */
export type EncodingJob = 'group' | 'measure' | 'boxValue';

export interface PlannedEncoding {
  channel: EncodingChannel;
  encoding: EncodingSettings;
  job: EncodingJob;
}

export interface ChartPlan {
  kind: ChartQueryKind;
  encodings: PlannedEncoding[];
}

export interface ChartProblem {
  code: 'chart.missingPosition' | 'chart.missingField' | 'chart.binNotQuantitative' | 'chart.timeUnitNotTemporal' | 'chart.boxplotNeedsValue';
  params: Record<string, string>;
}

/** Settings the compiler cannot turn into a chart, or null. The builder shows these as messages. */
export function chartSettingsProblem(settings: ChartSettings): ChartProblem | null {
  const { encodings, mark } = normalizeSettings(settings);
  const { x, y, color } = encodings;
  const positioned = mark === 'arc' ? y && (color ?? x) : mark === 'histogram' ? x : x ?? y;
  if (!positioned) return { code: 'chart.missingPosition', params: { mark } };
  for (const channel of ENCODING_CHANNELS) {
    const encoding = encodings[channel];
    if (!encoding) continue;
    if (!encoding.field && encoding.aggregate !== 'count') return { code: 'chart.missingField', params: { channel } };
    if (encoding.bin && encoding.type !== 'quantitative') return { code: 'chart.binNotQuantitative', params: { channel } };
    if (encoding.timeUnit && encoding.type !== 'temporal' && encoding.type !== 'ordinal')
      return { code: 'chart.timeUnitNotTemporal', params: { channel } };
  }
  if (mark === 'boxplot' && !boxValueChannel(encodings)) return { code: 'chart.boxplotNeedsValue', params: {} };
  return null;
}

/** Fills in what a mark implies: a histogram is binned x and a count on y. */
export function normalizeSettings(settings: ChartSettings): ChartSettings {
  if (settings.mark !== 'histogram') return settings;
  const { x, y } = settings.encodings;
  return {
    mark: 'histogram',
    encodings: {
      ...settings.encodings,
      ...(x && { x: { ...x, type: 'quantitative', bin: x.bin || true, aggregate: undefined } }),
      y: y?.aggregate ? y : { type: 'quantitative', aggregate: 'count' },
    },
  };
}

export function planChart(settings: ChartSettings): ChartPlan {
  const problem = chartSettingsProblem(settings);
  if (problem) throw new Error(`${problem.code} ${JSON.stringify(problem.params)}`);
  const { mark, encodings } = normalizeSettings(settings);
  const boxValue = mark === 'boxplot' ? boxValueChannel(encodings) : undefined;
  const present = ENCODING_CHANNELS.flatMap((channel) => {
    const encoding = encodings[channel];
    return encoding ? [{ channel, encoding }] : [];
  });
  const kind: ChartQueryKind = boxValue ? 'boxplot' : present.some((p) => p.encoding.aggregate) ? 'aggregate' : 'raw';
  return {
    kind,
    encodings: present.map(({ channel, encoding }) => ({
      channel,
      encoding,
      job: channel === boxValue ? 'boxValue' : kind === 'aggregate' && encoding.aggregate ? 'measure' : 'group',
    })),
  };
}

/** The continuous position channel a boxplot summarises: y unless only x is quantitative. */
function boxValueChannel(encodings: ChartSettings['encodings']): 'x' | 'y' | undefined {
  const continuous = (e?: EncodingSettings) => e?.field !== undefined && e.type === 'quantitative' && !e.bin;
  if (continuous(encodings.y)) return 'y';
  if (continuous(encodings.x)) return 'x';
  return undefined;
}
