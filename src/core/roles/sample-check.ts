// Does a text (or integer) column hold what its name promises? Decided on the sample the
// preview already fetched, so proposing roles never needs another query.

/** Share of non-empty sample values that must pass; a few typos should not hide a real column. */
const REQUIRED_SHARE = 0.9;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const CURRENCY = /^[₩$€£¥]|(원|krw|usd|won)$/iu;

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const KOREAN_DATE = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/u;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

function nonEmpty(values: readonly unknown[]): unknown[] {
  return values.filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
}

function mostly(values: readonly unknown[], test: (value: unknown) => boolean): boolean {
  const present = nonEmpty(values);
  if (present.length === 0) return false;
  return present.filter(test).length >= REQUIRED_SHARE * present.length;
}

/** "1,234", "₩12,000", "3.5", "12000원" count as numbers: Korean exports often format them. */
export function looksLikeNumber(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const text = value.trim().replace(CURRENCY, '').trim();
  return NUMBER.test(text) || GROUPED_NUMBER.test(text);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function looksLikeDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value.trim()) ?? KOREAN_DATE.exec(value.trim());
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** 19970101 (CDNOW's dates, typed BIGINT by the CSV sniffer). */
export function looksLikeCompactDate(value: unknown): boolean {
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  const match = COMPACT_DATE.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const sampleLooksLikeNumbers = (values: readonly unknown[]) => mostly(values, looksLikeNumber);
export const sampleLooksLikeDates = (values: readonly unknown[]) => mostly(values, looksLikeDate);
export const sampleLooksLikeCompactDates = (values: readonly unknown[]) => mostly(values, looksLikeCompactDate);
