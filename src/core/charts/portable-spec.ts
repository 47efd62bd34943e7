// Builder settings <-> a Vega-Lite spec in the input table's own field names: what the JSON
// editor shows when the user switches from the builder, and how a hand-written spec is read
// back into the builder (keeping what it can, and naming what it cannot).
//
// Mapping notes: the builder's ISO (Monday) 'week' is written as Vega-Lite's 'yearweek'
// (Sunday weeks); the builder's 'hour' is Vega-Lite's 'hours'; a pie's value is `theta`.

import { ENCODING_CHANNELS, type ChartAggregate, type ChartMark, type ChartSettings, type EncodingChannel, type EncodingSettings, type FieldType, type SortOrder, type TimeUnit } from './types';

export type PortableSpec = Record<string, unknown>;

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const MARKS: ChartMark[] = ['bar', 'line', 'area', 'point', 'rect', 'arc', 'boxplot'];
const TYPES: FieldType[] = ['quantitative', 'nominal', 'ordinal', 'temporal'];
const AGGREGATES: ChartAggregate[] = ['count', 'sum', 'mean', 'median', 'min', 'max', 'distinct'];
const SORTS: SortOrder[] = ['ascending', 'descending', '-x', '-y', 'x', 'y'];
const TIME_UNIT_TO_VL: Record<TimeUnit, string> = {
  year: 'year', quarter: 'quarter', month: 'month', week: 'yearweek', day: 'day', hour: 'hours', yearmonth: 'yearmonth', yearmonthdate: 'yearmonthdate',
};
const TIME_UNIT_FROM_VL = new Map(Object.entries(TIME_UNIT_TO_VL).map(([ours, theirs]) => [theirs, ours as TimeUnit]));
/** Top-level keys that only change the look; kept when a spec is drawn through the builder's SQL. */
export const COSMETIC_KEYS = ['$schema', 'title', 'description', 'width', 'height', 'config', 'padding', 'background'] as const;
const ENCODING_KEYS = new Set(['field', 'type', 'aggregate', 'bin', 'timeUnit', 'sort', 'title']);

export function builderToSpec(settings: ChartSettings, title = ''): PortableSpec {
  const histogram = settings.mark === 'histogram';
  const encoding: Record<string, unknown> = {};
  for (const channel of ENCODING_CHANNELS) {
    const e = settings.encodings[channel];
    if (!e) continue;
    const target = settings.mark === 'arc' && channel === 'y' ? 'theta' : channel;
    encoding[target] = channelDef(histogram && channel === 'x' ? { ...e, type: 'quantitative', bin: e.bin || true, aggregate: undefined } : e);
  }
  if (histogram && !encoding.y) encoding.y = { aggregate: 'count', type: 'quantitative' };
  return { $schema: VEGA_LITE_SCHEMA, ...(title && { title }), mark: histogram ? 'bar' : settings.mark, encoding };
}

function channelDef(e: EncodingSettings): Record<string, unknown> {
  return {
    ...(e.field !== undefined && { field: escapeField(e.field) }),
    type: e.type,
    ...(e.aggregate && { aggregate: e.aggregate }),
    ...(e.bin && { bin: e.bin }),
    ...(e.timeUnit && { timeUnit: TIME_UNIT_TO_VL[e.timeUnit] }),
    ...(e.sort && { sort: e.sort }),
  };
}

export interface BuilderReading {
  settings: ChartSettings;
  title: string;
  /** Parts of the spec the builder cannot hold ("transform", "encoding.x.axis"); empty = nothing lost. */
  lost: string[];
}

export function specToBuilder(spec: unknown): BuilderReading {
  const lost: string[] = [];
  if (!isObject(spec)) return { settings: { mark: 'bar', encodings: {} }, title: '', lost: ['(not an object)'] };
  for (const key of Object.keys(spec)) {
    if (!(COSMETIC_KEYS as readonly string[]).includes(key) && key !== 'mark' && key !== 'encoding') lost.push(key);
  }
  const markType = isObject(spec.mark) ? spec.mark.type : spec.mark;
  if (isObject(spec.mark) && Object.keys(spec.mark).some((k) => k !== 'type')) lost.push('mark');
  let mark: ChartMark = MARKS.includes(markType as ChartMark) ? (markType as ChartMark) : 'bar';
  if (mark !== markType) lost.push(`mark ${JSON.stringify(markType)}`);
  const encodings: ChartSettings['encodings'] = {};
  const encoding = isObject(spec.encoding) ? spec.encoding : {};
  for (const [key, def] of Object.entries(encoding)) {
    const channel = key === 'theta' && mark === 'arc' ? 'y' : key;
    if (!(ENCODING_CHANNELS as readonly string[]).includes(channel) || (key === 'y' && mark === 'arc')) {
      lost.push(`encoding.${key}`);
      continue;
    }
    const read = readChannel(def, `encoding.${key}`, lost);
    if (read) encodings[channel as EncodingChannel] = read;
  }
  // A binned x counted on y is the builder's histogram.
  const { x, y } = encodings;
  if (mark === 'bar' && x?.bin && x.type === 'quantitative' && !x.aggregate && y?.aggregate === 'count' && y.field === undefined) mark = 'histogram';
  const title = typeof spec.title === 'string' ? spec.title : '';
  if (spec.title !== undefined && typeof spec.title !== 'string') lost.push('title');
  return { settings: { mark, encodings }, title, lost };
}

function readChannel(def: unknown, path: string, lost: string[]): EncodingSettings | null {
  if (!isObject(def)) {
    lost.push(path);
    return null;
  }
  for (const key of Object.keys(def)) if (!ENCODING_KEYS.has(key)) lost.push(`${path}.${key}`);
  const read: EncodingSettings = { type: TYPES.includes(def.type as FieldType) ? (def.type as FieldType) : 'nominal' };
  if (!TYPES.includes(def.type as FieldType)) lost.push(`${path}.type`);
  if (typeof def.field === 'string') read.field = unescapeField(def.field);
  else if (def.field !== undefined) lost.push(`${path}.field`);
  if (def.aggregate !== undefined) {
    if (AGGREGATES.includes(def.aggregate as ChartAggregate)) read.aggregate = def.aggregate as ChartAggregate;
    else lost.push(`${path}.aggregate`);
  }
  if (def.bin === true || (isObject(def.bin) && Object.keys(def.bin).join() === 'maxbins' && Number.isInteger(def.bin.maxbins))) {
    read.bin = def.bin as EncodingSettings['bin'];
  } else if (def.bin !== undefined && def.bin !== false) lost.push(`${path}.bin`);
  if (def.timeUnit !== undefined) {
    const unit = TIME_UNIT_FROM_VL.get(String(def.timeUnit));
    if (unit) read.timeUnit = unit;
    else lost.push(`${path}.timeUnit`);
  }
  if (def.sort !== undefined) {
    if (SORTS.includes(def.sort as SortOrder)) read.sort = def.sort as SortOrder;
    else lost.push(`${path}.sort`);
  }
  if (def.title !== undefined) lost.push(`${path}.title`);
  if (read.field === undefined && read.aggregate !== 'count') lost.push(`${path}.field`);
  return read;
}

/** Vega-Lite reads '.', '[' and quotes in a field as a nested access path; a column name is one flat key. */
export function escapeField(name: string): string {
  return name.replace(/[\\.[\]'"]/g, (c) => `\\${c}`);
}

export function unescapeField(field: string): string {
  return field.replace(/\\(.)/g, '$1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Column names a spec reads (every `field` string, anywhere), for checking them against the input. */
export function specFields(spec: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'field' && typeof value === 'string') found.add(unescapeField(value));
        else if (key !== 'data' && key !== 'datasets') visit(value);
      }
    }
  };
  visit(spec);
  return [...found];
}
