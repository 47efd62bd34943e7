// Calendar arithmetic on naive (zone-less) dates and timestamps, the way the data holds them.
// Done on the text, not through Date, so no time zone can shift a day.

export interface NaiveTemporal {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM:SS' or 'HH:MM:SS.fff...'; absent for a date-only value. */
  time?: string;
}

const TEMPORAL = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** '2011-1-5', '2011/01/05 8:26' -> { date: '2011-01-05', time: '08:26:00' }; null if not a real calendar instant. */
export function parseNaiveTemporal(text: string): NaiveTemporal | null {
  const m = TEMPORAL.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return { date };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { date, time: `${pad(hour)}:${pad(minute)}:${pad(second)}${m[7] ?? ''}` };
}

/** Sortable text of the instant a value starts at. */
export function instantKey(value: NaiveTemporal): string {
  return `${value.date} ${value.time ?? '00:00:00'}`;
}

function splitDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Same day of month, clamped to the month's last day (2011-03-31 minus 1 month = 2011-02-28), as DuckDB does. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = splitDate(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The local calendar day of an instant: "today" for the person looking at the screen. */
export function localDay(instant: Date): string {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * Vega parses naive timestamps as local time, so epoch milliseconds from a chart turn back into
 * the same naive text through local time: 'YYYY-MM-DD HH:MM:SS.fff'.
 */
export function epochToNaiveTimestamp(ms: number): string {
  const t = new Date(ms);
  return `${localDay(t)} ${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}.${pad(t.getMilliseconds(), 3)}`;
}
