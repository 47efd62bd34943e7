// Vega locale definitions (d3-format / d3-time-format shapes) set per chart through
// `config.locale`, so no global Vega state changes. Both languages group thousands with ','
// and write won as '₩'; Korean also gets Korean month and weekday names on time axes.
import type { Locale as VegaLocale, NumberLocale, TimeLocale } from 'vega';
import type { Locale } from '../../i18n/index.svelte';

const NUMBER: NumberLocale = { decimal: '.', thousands: ',', grouping: [3], currency: ['₩', ''] };
const KOREAN_MONTHS = ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'] as const;

const KOREAN_TIME: TimeLocale = {
  dateTime: '%Y. %-m. %-d. %p %-I:%M:%S',
  date: '%Y. %-m. %-d.',
  time: '%p %-I:%M:%S',
  periods: ['오전', '오후'],
  days: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
  shortDays: ['일', '월', '화', '수', '목', '금', '토'],
  months: [...KOREAN_MONTHS],
  shortMonths: [...KOREAN_MONTHS],
};

export function chartLocale(locale: Locale): VegaLocale {
  // English keeps Vega's default (en-US) time names.
  return locale === 'ko' ? { number: NUMBER, time: KOREAN_TIME } : { number: NUMBER };
}

/** Korean reads year before month ("2011년 3월"); Vega-Lite's default "%b %Y" would give "3월 2011". */
const KOREAN_TIME_UNIT_FORMATS: Record<string, string> = {
  yearmonth: '%Y년 %-m월',
  yearmonthdate: '%Y. %-m. %-d.',
  yearquarter: '%Y년 %q분기',
  quarter: '%q분기',
  year: '%Y년',
};

/**
 * The spec with Korean time-axis formats on x/y channels that use a time unit and set no format
 * of their own. Other locales and specs are returned unchanged.
 */
export function localizeTimeAxes<T extends object>(spec: T, locale: Locale): T {
  const encoding = (spec as { encoding?: Record<string, Record<string, unknown>> }).encoding;
  if (locale !== 'ko' || !encoding) return spec;
  const next: Record<string, unknown> = { ...encoding };
  for (const channel of ['x', 'y']) {
    const def = encoding[channel];
    const format = typeof def?.timeUnit === 'string' ? KOREAN_TIME_UNIT_FORMATS[def.timeUnit] : undefined;
    const axis = def?.axis as Record<string, unknown> | null | undefined;
    if (!def || !format || axis === null || axis?.format !== undefined) continue;
    next[channel] = { ...def, axis: { ...axis, format } };
  }
  return { ...spec, encoding: next };
}
