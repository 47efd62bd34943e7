// What a segment's numbers say about its behaviour, as discrete traits the sentences are written
// from. Rules over quantities, deterministic; thresholds are named so the tests can pin them.

import type { ProfileRow } from '../profile/rows';

export const FREQUENCY_LEVELS = ['once', 'rarely', 'regularly', 'often'] as const;
export const VALUE_LEVELS = ['low', 'mid', 'high'] as const;
/** recent: still buying; lapsed: has stopped (see personaStatus). */
export const PERSONA_STATUSES = ['recent', 'lapsed'] as const;

export type RecencyUnit = 'day' | 'week' | 'month' | 'year';
export type FrequencyLevel = (typeof FREQUENCY_LEVELS)[number];
export type ValueLevel = (typeof VALUE_LEVELS)[number];
export type PersonaStatus = (typeof PERSONA_STATUSES)[number];

export interface RecencyBand {
  unit: RecencyUnit;
  /** Whole units, at least 1: "about {count} {unit}s ago". */
  count: number;
}

export interface PersonaTraits {
  recency: RecencyBand | null;
  status: PersonaStatus | null;
  frequency: FrequencyLevel | null;
  value: ValueLevel | null;
}

export const DAYS_PER_WEEK = 7;
export const DAYS_PER_MONTH = 365.25 / 12;
export const DAYS_PER_YEAR = 365.25;
/** Band edges in days: below 2 weeks say days, below 60 days weeks, below 21 months months. */
export const RECENCY_BAND_EDGES = { weeks: 14, months: 60, years: 640 } as const;

/** An average order count at or below this reads as "bought once". */
export const ONCE_MAX_FREQUENCY = 1.2;
/** Index (segment / all customers * 100) below LOW reads low / rarely, above HIGH high / often. */
export const LOW_INDEX = 75;
export const HIGH_INDEX = 100 / 0.75;
/** Lapsed: no order for at least LAPSED_MIN_DAYS and longer ago than the average customer, or for LAPSED_ALWAYS_DAYS. */
export const LAPSED_MIN_DAYS = 30;
export const LAPSED_ALWAYS_DAYS = 180;

export function recencyBand(days: number): RecencyBand {
  const [unit, size]: [RecencyUnit, number] =
    days < RECENCY_BAND_EDGES.weeks ? ['day', 1]
    : days < RECENCY_BAND_EDGES.months ? ['week', DAYS_PER_WEEK]
    : days < RECENCY_BAND_EDGES.years ? ['month', DAYS_PER_MONTH]
    : ['year', DAYS_PER_YEAR];
  return { unit, count: Math.max(1, Math.round(days / size)) };
}

export function personaStatus(avgRecency: number, recencyIndex: number | null): PersonaStatus {
  if (avgRecency >= LAPSED_ALWAYS_DAYS) return 'lapsed';
  return avgRecency >= LAPSED_MIN_DAYS && recencyIndex !== null && recencyIndex > 100 ? 'lapsed' : 'recent';
}

function level<T>(index: number | null, [low, mid, high]: [T, T, T]): T {
  if (index === null) return mid;
  return index < LOW_INDEX ? low : index > HIGH_INDEX ? high : mid;
}

export function personaTraits(row: ProfileRow): PersonaTraits {
  const { avgRecency, avgFrequency } = row;
  const valueIndex = row.aovIndex ?? row.revenueIndex;
  return {
    recency: avgRecency === null ? null : recencyBand(avgRecency),
    status: avgRecency === null ? null : personaStatus(avgRecency, row.recencyIndex),
    frequency:
      avgFrequency === null ? null
      : avgFrequency <= ONCE_MAX_FREQUENCY ? 'once'
      : level<FrequencyLevel>(row.frequencyIndex, ['rarely', 'regularly', 'often']),
    value: valueIndex === null ? null : level<ValueLevel>(valueIndex, ['low', 'mid', 'high']),
  };
}
