// Saved settings of a chart built with the builder, and the description of the columns the
// compiled query returns (what the Vega-Lite spec is built from). Names follow Vega-Lite.

export type ChartMark = 'bar' | 'line' | 'area' | 'point' | 'rect' | 'arc' | 'boxplot' | 'histogram';
export type EncodingChannel = 'x' | 'y' | 'color' | 'size' | 'facet';
export const ENCODING_CHANNELS: readonly EncodingChannel[] = ['x', 'y', 'color', 'size', 'facet'];

export type FieldType = 'quantitative' | 'nominal' | 'ordinal' | 'temporal';
export type ChartAggregate = 'count' | 'sum' | 'mean' | 'median' | 'min' | 'max' | 'distinct';
/**
 * Vega-Lite meanings: year, yearmonth, yearmonthdate and week are a time series (truncation);
 * quarter, month, day (of week) and hour are periodic (quarter of year, month of year, ...).
 * week is the ISO week starting on Monday, not Vega-Lite's Sunday-based week of year.
 */
export type TimeUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'yearmonth' | 'yearmonthdate';
/** ascending/descending: by this encoding's own values; x/-x/y/-y: by that channel's values. */
export type SortOrder = 'ascending' | 'descending' | '-x' | '-y' | 'x' | 'y';

export interface EncodingSettings {
  /** Column of the input table; may be omitted only with aggregate 'count' (count of rows). */
  field?: string;
  type: FieldType;
  aggregate?: ChartAggregate;
  bin?: boolean | { maxbins: number };
  timeUnit?: TimeUnit;
  sort?: SortOrder;
}

export interface ChartSettings {
  mark: ChartMark;
  encodings: Partial<Record<EncodingChannel, EncodingSettings>>;
}

/** Whiskers (lower, upper) as Vega-Lite draws them: 1.5 IQR beyond the box, clamped to min/max. */
export type BoxplotStat = 'lower' | 'q1' | 'median' | 'q3' | 'upper' | 'min' | 'max' | 'count';

/**
 * What a column of the compiled query holds. group: a grouping value (time unit already
 * applied); binStart/binEnd: bin edges; measure: an aggregate; value: a raw (unaggregated)
 * value; boxplot statistics of the value channel.
 */
export type ChartFieldRole = 'group' | 'binStart' | 'binEnd' | 'measure' | 'value' | BoxplotStat;

export interface ChartField {
  /** Column name in the result rows: derived from the channel, so any user field name is safe in Vega. */
  column: string;
  channel: EncodingChannel;
  role: ChartFieldRole;
  /** Vega-Lite type of the column as returned (aggregates are quantitative). */
  type: FieldType;
  /** The input column it comes from (absent for count); a brush maps back to it. */
  source?: string;
  /** Axis/legend/tooltip title: the source field, or e.g. "sum(amount)". */
  title: string;
  /** Already applied in SQL; the spec uses it only to format labels. */
  timeUnit?: TimeUnit;
  sort?: SortOrder;
}

export type ChartQueryKind = 'aggregate' | 'raw' | 'boxplot';

export interface ChartQuery {
  kind: ChartQueryKind;
  sql: string;
  fields: ChartField[];
  /** Raw marks only: true when rows were sampled down to maxPoints; 'maybe' when the row count was not given. */
  sampled: boolean | 'maybe';
  /** The query returns at most rowLimit + 1 rows: more than rowLimit means groups were cut off. */
  rowLimit: number;
}
