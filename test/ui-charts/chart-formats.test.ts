import * as vegaModule from 'vega';
import type { LocaleFormatters } from 'vega';
import { describe, expect, it } from 'vitest';
import { CHART_FORMAT, formatKrw, formatPercent } from '../../src/ui/charts/chart-formats';
import { chartLocale } from '../../src/ui/charts/chart-locale';

// vega re-exports vega-format's locale(); vega-typings does not declare it.
const vegaLocale = (vegaModule as unknown as { locale: (number?: object, time?: object) => LocaleFormatters }).locale;

// The formats are read by Vega with the chart locale, so test them through Vega's own formatter.
const vega = (lang: 'ko' | 'en') => {
  const { number, time } = chartLocale(lang);
  return vegaLocale(number, time);
};

describe('chart number formats', () => {
  it('groups thousands and never falls back to exponent notation on axes', () => {
    const { format, formatSpan } = vega('ko');
    expect(format(CHART_FORMAT.number)(1234567.5)).toBe('1,234,567.5');
    expect(format(CHART_FORMAT.number)(0.25)).toBe('0.25');
    // Axis ticks 0..300 step 50 and 0..1.2M step 200k: plain ',' would print "3e+2" and "1.2e+6".
    expect(formatSpan(0, 300, 6, CHART_FORMAT.number)(300)).toBe('300');
    expect(formatSpan(0, 1_200_000, 6, CHART_FORMAT.number)(1_200_000)).toBe('1,200,000');
    expect(format(CHART_FORMAT.integer)(1234567.5)).toBe('1,234,568');
  });

  it('writes won with the ₩ sign from the chart locale and no decimals', () => {
    for (const lang of ['ko', 'en'] as const) {
      expect(vega(lang).format(CHART_FORMAT.krw)(98_765_432.6)).toBe('₩98,765,433');
      expect(vega(lang).format(CHART_FORMAT.krw)(-1500)).toMatch(/^[−-]₩1,500$/);
    }
  });

  it('shows ratios as percentages', () => {
    const { format } = vega('en');
    expect(format(CHART_FORMAT.percent)(0.1234)).toBe('12.3%');
    expect(format(CHART_FORMAT.percent)(0.5)).toBe('50%');
  });

  it('has Korean month and weekday names only for Korean', () => {
    const march = new Date(2024, 2, 4); // a Monday
    expect(vega('ko').timeFormat('%b %a')(march)).toBe('3월 월');
    expect(vega('en').timeFormat('%b %a')(march)).toBe('Mar Mon');
  });

  it('Intl helpers match the Vega formats outside charts', () => {
    expect(formatKrw(98_765_432.6, 'ko')).toBe('₩98,765,433');
    expect(formatKrw(1500, 'en')).toBe('₩1,500');
    expect(formatPercent(0.1234, 'ko')).toBe('12.3%');
    expect(formatPercent(0.5, 'en')).toBe('50%');
  });
});
