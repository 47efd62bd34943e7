// The UI language: a reactive locale over the plain message functions of messages.ts.
// Components call t() inside markup, so reading `i18n.locale` there makes them re-render
// when the language changes.
import type { SegbookError } from '../core/errors';
import type { FingerprintDiff } from '../core/workbook/fingerprint';
import { messagesFor, type Locale, type MessageKey, type MessageParams } from './messages';

export type { Locale, MessageKey, MessageParams };
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

/** Messages in the current language (reading it subscribes the caller to language changes). */
const current = () => messagesFor(i18n.locale);

export const t = (key: MessageKey, params: MessageParams = {}): string => current().t(key, params);
export const describeError = (err: SegbookError): string => current().describeError(err);
export const describeDiffs = (diffs: FingerprintDiff[]): string[] => current().describeDiffs(diffs);
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => current().formatNumber(value, options);
export const formatDuration = (ms: number): string => current().formatDuration(ms);
export const formatBytes = (bytes: number): string => current().formatBytes(bytes);
export const formatDate = (date: Date | string | number, options?: Intl.DateTimeFormatOptions): string => current().formatDate(date, options);
