// Edits the chart builder makes to ChartSettings, with the defaults a user expects: a date
// field is a time axis, a numeric y on a bar chart is summed, a line over dates goes by month.
// Pure functions, so they are unit-tested without a DOM.
import type { ChartMark, ChartSettings, EncodingChannel, EncodingSettings, FieldType } from '../../../core/charts/types';
import type { ColumnInfo } from '../../../core/workbook/import-options';

/** The field value the builder uses for "count of rows" (no column). */
export const COUNT_FIELD = '';

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL)/i;
const TEMPORAL = /^(DATE|TIMESTAMP|TIME)/i;
const AGGREGATING_MARKS: ChartMark[] = ['bar', 'line', 'area', 'arc', 'rect'];

export function fieldTypeOf(column: ColumnInfo | undefined): FieldType {
  if (!column) return 'nominal';
  if (TEMPORAL.test(column.type)) return 'temporal';
  if (NUMERIC.test(column.type)) return 'quantitative';
  return 'nominal';
}

/** Put `field` (or COUNT_FIELD, or null to clear) on a channel. */
export function setField(settings: ChartSettings, channel: EncodingChannel, field: string | null, columns: ColumnInfo[]): ChartSettings {
  const encodings = { ...settings.encodings };
  if (field === null) {
    delete encodings[channel];
    return { ...settings, encodings };
  }
  if (field === COUNT_FIELD) {
    encodings[channel] = { type: 'quantitative', aggregate: 'count' };
    return { ...settings, encodings };
  }
  const type = fieldTypeOf(columns.find((c) => c.name === field));
  const encoding: EncodingSettings = { field, type };
  const other = encodings[channel === 'x' ? 'y' : 'x'];
  const isValueChannel = channel === 'y' || (channel === 'x' && other !== undefined && other.type !== 'quantitative');
  if (type === 'quantitative' && isValueChannel && AGGREGATING_MARKS.includes(settings.mark)) encoding.aggregate = 'sum';
  if (type === 'temporal' && (settings.mark === 'line' || settings.mark === 'area' || settings.mark === 'bar')) encoding.timeUnit = 'yearmonth';
  if (type === 'quantitative' && channel === 'x' && settings.mark === 'histogram') encoding.bin = true;
  encodings[channel] = encoding;
  return { ...settings, encodings };
}

export function setEncoding(settings: ChartSettings, channel: EncodingChannel, patch: Partial<EncodingSettings>): ChartSettings {
  const current = settings.encodings[channel];
  if (!current) return settings;
  const next: EncodingSettings = { ...current, ...patch };
  for (const key of Object.keys(next) as (keyof EncodingSettings)[]) if (next[key] === undefined) delete next[key];
  // Options that no longer apply to the new type go, so the chart stays valid.
  if (next.type !== 'quantitative') delete next.bin;
  if (next.type !== 'temporal' && next.type !== 'ordinal') delete next.timeUnit;
  if (next.bin) delete next.aggregate;
  return { ...settings, encodings: { ...settings.encodings, [channel]: next } };
}

/** Changing the mark keeps the fields; a histogram needs its x binned. */
export function setMark(settings: ChartSettings, mark: ChartMark): ChartSettings {
  const next: ChartSettings = { mark, encodings: { ...settings.encodings } };
  const x = next.encodings.x;
  if (mark === 'histogram' && x?.field && x.type === 'quantitative') next.encodings.x = { ...x, bin: x.bin || true, aggregate: undefined };
  return next;
}

/** Channels the builder shows for a mark (a pie has no x axis; only raw points have a size). */
export function channelsFor(mark: ChartMark): EncodingChannel[] {
  if (mark === 'arc') return ['y', 'color', 'facet'];
  if (mark === 'histogram') return ['x', 'color', 'facet'];
  if (mark === 'point') return ['x', 'y', 'color', 'size', 'facet'];
  return ['x', 'y', 'color', 'facet'];
}
