// Number formats for charts. Inside Vega they are d3-format strings read with the chart locale
// (chart-locale.ts puts '₩' in the currency slot, so '$' means won); outside Vega (captions,
// the chart cell's notes) the Intl helpers give the same look.
import type { Locale } from '../../i18n/index.svelte';

/** d3-format strings for Vega-Lite `format` (axis, legend, tooltip, text marks). */
export const CHART_FORMAT = {
  /**
   * Thousands separators, fixed point, trailing zeros trimmed: 1,234,567.5. Not plain ',':
   * axes give it a precision from the tick step and it turns into "3e+2" and "1.2e+6".
   */
  number: ',~f',
  /** Whole numbers: 1,234,568 */
  integer: ',.0f',
  /** Won have no minor unit in daily use: ₩1,234,568 */
  krw: '$,.0f',
  /** Fractions shown as percentages with one decimal when needed: 0.1234 -> 12.3% */
  percent: '.1~%',
  /** Axis ticks of very large ranges: 1.2M, 35k */
  compact: '.3~s',
} as const;

export type ChartFormatName = keyof typeof CHART_FORMAT;

/** A Vega-Lite axis/legend/text `format` property set for a named format. */
export function formatProps(name: ChartFormatName): { format: string; formatType: 'number' } {
  return { format: CHART_FORMAT[name], formatType: 'number' };
}

export function formatKrw(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(value);
}

/** `fraction` is 0..1 (DuckDB ratios), not 0..100. */
export function formatPercent(fraction: number, locale: Locale, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
}
