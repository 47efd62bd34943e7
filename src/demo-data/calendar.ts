// The shop's calendar: the date range, Korean retail seasonality and day sampling.
//
// Times are naive local (Korea) wall-clock seconds counted like UTC epoch seconds, so formatting
// never depends on the machine's time zone. Day 0 is 2023-01-01; the data ends at the as-of
// instant 2026-01-01 00:00 (exclusive), the date analysts should pass to RFM and lifecycle cells.

import { searchCumulative, type Random } from './random';

export const RANGE_START = Date.UTC(2023, 0, 1) / 1000;
export const DAYS = 1096; // 2023-01-01 .. 2025-12-31
export const AS_OF = RANGE_START + DAYS * 86400;
export const AS_OF_DATE = '2026-01-01';
export const SECONDS_PER_DAY = 86400;

/** Day index of a calendar date (month 1-12). */
export function dayOf(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) / 1000 - RANGE_START) / SECONDS_PER_DAY;
}

// Lunar holidays move every year: the main day of 설날 and 추석. Gift shopping (food sets above
// all) peaks in the two weeks before; deliveries stop around the day itself.
const LUNAR_HOLIDAYS = [dayOf(2023, 1, 22), dayOf(2023, 9, 29), dayOf(2024, 2, 10), dayOf(2024, 9, 17), dayOf(2025, 1, 29), dayOf(2025, 10, 6)];
const BLACK_FRIDAYS = [dayOf(2023, 11, 24), dayOf(2024, 11, 29), dayOf(2025, 11, 28)];
// Sunday..Saturday: Korean shops see Sunday-evening and Monday peaks, quieter Fridays and Saturdays.
const WEEKDAY = [1.05, 1.1, 1.0, 1.0, 0.95, 0.9, 0.9];
// January..December: November and December are the year's peak.
const MONTH = [0.95, 0.85, 1.0, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.35, 1.3];

export interface DayInfo {
  month: number;
  dom: number;
  /** Inside the two weeks before 설날 or 추석. */
  holidayRun: boolean;
  /** A promotion window where discounts are common (11.11, Black Friday, pre-holiday, mid-year sale). */
  sale: boolean;
}

function near(day: number, anchors: readonly number[], before: number, after: number): boolean {
  return anchors.some((a) => day >= a - before && day <= a + after);
}

function describeDay(day: number): DayInfo {
  const date = new Date((RANGE_START + day * SECONDS_PER_DAY) * 1000);
  const month = date.getUTCMonth() + 1;
  const dom = date.getUTCDate();
  const holidayRun = near(day, LUNAR_HOLIDAYS.map((h) => h - 3), 11, 0);
  const sale =
    holidayRun ||
    (month === 11 && dom >= 9 && dom <= 12) ||
    near(day, BLACK_FRIDAYS, 2, 3) ||
    (month === 12 && dom >= 18 && dom <= 25) ||
    (month === 6 && dom >= 20) ||
    (month === 3 && dom <= 7);
  return { month, dom, holidayRun, sale };
}

function shoppingWeight(day: number, info: DayInfo): number {
  const weekday = new Date((RANGE_START + day * SECONDS_PER_DAY) * 1000).getUTCDay();
  let w = (1 + (0.3 * day) / DAYS) * WEEKDAY[weekday]! * MONTH[info.month - 1]!; // the shop grows ~30% over three years
  if (info.month === 11 && info.dom >= 9 && info.dom <= 12) w *= info.dom === 11 ? 2.2 : 1.4;
  if (near(day, BLACK_FRIDAYS, 2, 3)) w *= 1.6;
  if (info.month === 12 && info.dom <= 24) w *= 1.15;
  if (info.holidayRun) w *= 1.5;
  if (near(day, LUNAR_HOLIDAYS, 1, 1)) w *= 0.55;
  if (info.month === 6 && info.dom >= 20) w *= 1.2;
  return w;
}

export const DAY_INFO: readonly DayInfo[] = Array.from({ length: DAYS }, (_, d) => describeDay(d));

function cumulative(weights: number[]): Float64Array {
  const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
  const cum = new Float64Array(weights.length + 1);
  // Normalised to mean 1, so cum[b] - cum[a] is "effective days" and rate-per-day x that is an expected count.
  for (let i = 0; i < weights.length; i++) cum[i + 1] = cum[i]! + weights[i]! / mean;
  return cum;
}

const baseWeights = DAY_INFO.map((info, d) => shoppingWeight(d, info));
/** Cumulative day weights for ordinary shopping (orders, sessions, sign-ups). */
export const SHOPPING_DAYS = cumulative(baseWeights);
/** Cumulative day weights for discount-only buyers: they come almost only during promotions. */
export const SALE_DAYS = cumulative(baseWeights.map((w, d) => w * (DAY_INFO[d]!.sale ? 6 : 0.2)));

/**
 * A day in [from, to) drawn in proportion to the cumulative weights. Both ends are clipped to the
 * range (members who joined before 2023 have negative sign-up days); the clipped span must not be
 * empty: callers draw a count from weightedDays first, which is 0 for an empty span.
 */
export function sampleDay(r: Random, cum: Float64Array, from: number, to: number): number {
  const lo = Math.max(0, from);
  const hi = Math.min(to, DAYS);
  if (hi <= lo) throw new RangeError(`no days in [${from}, ${to})`);
  const target = cum[lo]! + r() * (cum[hi]! - cum[lo]!);
  return searchCumulative(cum, target, lo, hi);
}

/** Effective (weighted) days in [from, to), clipped to the range. */
export function weightedDays(cum: Float64Array, from: number, to: number): number {
  const lo = Math.max(0, from);
  const hi = Math.min(to, DAYS);
  return hi <= lo ? 0 : cum[hi]! - cum[lo]!;
}

// Share of activity per hour 0..23: evening peak (21-22 h), a lunch bump, quiet nights.
const HOUR_WEIGHTS = [0.5, 0.3, 0.15, 0.1, 0.08, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.3, 1.2, 1.0, 0.95, 0.9, 0.9, 0.9, 1.0, 1.3, 1.6, 1.6, 1.1];
/** Each customer's habitual time slot (survey's preferred_time): morning, lunch, evening, late night. */
export const TIME_SLOT_HOURS = [
  [6, 7, 8, 9],
  [11, 12, 13],
  [18, 19, 20, 21, 22],
  [23, 0, 1],
];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((s, w) => s + w, 0);

/** Seconds after midnight: half the time in the customer's own slot, else the shop-wide hourly pattern. */
export function sampleTimeOfDay(r: Random, slot: number): number {
  let hour: number;
  if (r() < 0.5) {
    const hours = TIME_SLOT_HOURS[slot]!;
    hour = hours[Math.floor(r() * hours.length)]!;
  } else {
    let target = r() * HOUR_TOTAL;
    hour = 0;
    while (hour < 23 && (target -= HOUR_WEIGHTS[hour]!) >= 0) hour++;
  }
  return hour * 3600 + Math.floor(r() * 3600);
}

export function dayStart(day: number): number {
  return RANGE_START + day * SECONDS_PER_DAY;
}
