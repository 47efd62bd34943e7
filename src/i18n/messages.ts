// Messages for one locale, as plain functions: catalogue lookup with {param} interpolation,
// error and file-difference sentences, Intl number/byte/duration/date formatting.
// No runes here, so the headless runner in Node speaks exactly like the app; the reactive
// wrapper for components is index.svelte.ts.
import type { SegbookError } from '../core/errors';
import type { FingerprintDiff } from '../core/workbook/fingerprint';
import { en, type Catalogue, type MessageKey } from './en';
import { ko } from './ko';

export type Locale = 'ko' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export interface Messages {
  locale: Locale;
  /** Look up `key` and fill `{name}` placeholders; numbers get locale grouping. */
  t(key: MessageKey, params?: MessageParams): string;
  /** The user-facing sentence for an error. */
  describeError(err: SegbookError): string;
  /** "2 columns missing: X, Y"; "row count 541,909 → 600,120". */
  describeDiffs(diffs: FingerprintDiff[]): string[];
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDuration(ms: number): string;
  formatBytes(bytes: number): string;
  formatDate(date: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
}

const catalogues: Record<Locale, Catalogue> = { en, ko };
const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];
const cache = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    messages = createMessages(locale);
    cache.set(locale, messages);
  }
  return messages;
}

function createMessages(locale: Locale): Messages {
  // Grids format thousands of values: building an Intl formatter each time is the slow part.
  const numberFormats = new Map<string, Intl.NumberFormat>();

  function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    const key = options ? JSON.stringify(options) : '';
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format.format(value);
  }

  function t(key: MessageKey, params: MessageParams = {}): string {
    const template = catalogues[locale][key] ?? en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  }

  function formatBytes(bytes: number): string {
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
      value /= 1000;
      unit += 1;
    }
    const digits = unit === 0 || value >= 100 ? 0 : 1;
    return `${formatNumber(value, { maximumFractionDigits: digits })} ${BYTE_UNITS[unit]}`;
  }

  function describeError(err: SegbookError): string {
    const params: MessageParams = { ...err.params };
    if (err.code === 'file.tooLarge' || err.code === 'workbook.tooLarge') {
      const size = Number(err.params.size);
      if (Number.isFinite(size)) params.size = formatBytes(size);
    }
    if (params.detail === undefined) params.detail = err.message;
    if (err.code === 'chart.incomplete') params.problem = describeChartProblem(params);
    translateParams(err.code, params);
    return t(`errors.${err.code}` as MessageKey, params);
  }

  /** Codes in params (a column's role, an expected kind) read as words, where the catalogue has them. */
  function translateParams(code: string, params: MessageParams): void {
    const family = code.split('.')[0]!;
    const lookups: [string, string][] = [['role', `${family}.role.`], ['role', 'rfm.role.'], ['expected', 'clean.expected.']];
    for (const [param, prefix] of lookups) {
      const key = `${prefix}${params[param]}`;
      if (params[param] !== undefined && key in catalogues.en && typeof params[param] === 'string') {
        params[param] = t(key as MessageKey);
        return;
      }
    }
  }

  /** A builder problem (core/charts/plan.ts) as a sentence; the pie and histogram say what they need. */
  function describeChartProblem(params: MessageParams): string {
    const code = String(params.problem).replace(/^chart\./, '');
    const channel = params.channel === undefined ? '' : t(`chart.channel.${params.channel}` as MessageKey);
    const specific = `chart.problem.${code}.${params.mark}`;
    const key = (specific in catalogues.en ? specific : `chart.problem.${code}`) as MessageKey;
    return t(key, { ...params, channel });
  }

  function describeDiffs(diffs: FingerprintDiff[]): string[] {
    const missing = diffs.flatMap((d) => (d.kind === 'columnMissing' ? [d.column] : []));
    const added = diffs.flatMap((d) => (d.kind === 'columnAdded' ? [d.column] : []));
    const lines: string[] = [];
    if (missing.length > 0) {
      lines.push(t(missing.length === 1 ? 'attach.diff.columnsMissing.one' : 'attach.diff.columnsMissing.other', { count: missing.length, columns: missing.join(', ') }));
    }
    if (added.length > 0) {
      lines.push(t(added.length === 1 ? 'attach.diff.columnsAdded.one' : 'attach.diff.columnsAdded.other', { count: added.length, columns: added.join(', ') }));
    }
    for (const diff of diffs) {
      if (diff.kind === 'rows') lines.push(t('attach.diff.rows', { saved: formatNumber(diff.saved), actual: formatNumber(diff.actual) }));
      if (diff.kind === 'size') lines.push(t('attach.diff.size', { saved: formatBytes(diff.saved), actual: formatBytes(diff.actual) }));
      if (diff.kind === 'columnType') lines.push(t('attach.diff.columnType', { column: diff.column, saved: diff.saved, actual: diff.actual }));
      if (diff.kind === 'content') lines.push(t('attach.diff.content'));
    }
    return lines;
  }

  function formatDuration(ms: number): string {
    if (ms < 1000) return `${formatNumber(Math.round(ms))} ms`;
    if (ms < 60_000) return `${formatNumber(ms / 1000, { maximumFractionDigits: ms < 10_000 ? 2 : 1 })} s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1000);
    return locale === 'ko' ? `${minutes}분 ${seconds}초` : `${minutes} min ${seconds} s`;
  }

  function formatDate(date: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    const value = date instanceof Date ? date : new Date(date);
    return new Intl.DateTimeFormat(locale, options ?? { dateStyle: 'medium', timeStyle: 'short' }).format(value);
  }

  return { locale, t, describeError, describeDiffs, formatNumber, formatDuration, formatBytes, formatDate };
}
