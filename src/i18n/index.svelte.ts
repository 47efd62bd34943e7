// The UI language: a reactive locale, message lookup with {param} interpolation,
// and Intl formatting. Components call t() inside markup, so reading `i18n.locale`
// there makes them re-render when the language changes.
import type { SegbookError } from '../core/errors';
import { en, type Catalogue, type MessageKey } from './en';
import { ko } from './ko';

export type Locale = 'ko' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Catalogue> = { en, ko };
const STORAGE_KEY = 'segbook.locale';

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'ko' || saved === 'en') return saved;
  } catch {
    // storage can be blocked (privacy mode); fall through to the browser language
  }
  const lang = globalThis.navigator?.language ?? 'en';
  return lang.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export const i18n = $state<{ locale: Locale }>({ locale: initialLocale() });

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered; the switch still applies to this tab
  }
  applyDocumentLanguage();
}

export function applyDocumentLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.locale;
}

/** Look up `key` in the current locale and fill `{name}` placeholders; numbers get locale grouping. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[i18n.locale][key] ?? en[key] ?? key;
  return interpolate(template, params);
}

export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The user-facing sentence for an error, in the current language. */
export function describeError(err: SegbookError): string {
  const params: MessageParams = { ...err.params };
  if (err.code === 'file.tooLarge' || err.code === 'workbook.tooLarge') {
    const size = Number(err.params.size);
    if (Number.isFinite(size)) params.size = formatBytes(size);
  }
  if (params.detail === undefined) params.detail = err.message;
  return t(`errors.${err.code}` as MessageKey, params);
}

// Grids format thousands of values: building an Intl formatter each time is the slow part.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${i18n.locale}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(i18n.locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${formatNumber(Math.round(ms))} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, { maximumFractionDigits: ms < 10_000 ? 2 : 1 })} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return i18n.locale === 'ko' ? `${minutes}분 ${seconds}초` : `${minutes} min ${seconds} s`;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, { maximumFractionDigits: digits })} ${BYTE_UNITS[unit]}`;
}

export function formatDate(date: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
  const value = date instanceof Date ? date : new Date(date);
  return new Intl.DateTimeFormat(i18n.locale, options ?? { dateStyle: 'medium', timeStyle: 'short' }).format(value);
}
