// Saved settings of a lifecycle cell (DESIGN.md section 4) and their schema. Plain JSON in the
// workbook; the schema caps every string and number so a hostile file fails validation.

import * as v from 'valibot';

/** A century: longer thresholds are typing mistakes, and bigger numbers would overflow nothing useful. */
export const MAX_DAYS = 36_500;
export const MAX_ORDERS = 1_000_000;

/** The states in funnel order: the order of the summary and of a funnel chart. */
export const LIFECYCLE_STATES = ['new', 'active', 'loyal', 'at_risk', 'churned', 'reactivated'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];
export type LifecycleLocale = 'en' | 'ko';

export const DEFAULT_LIFECYCLE_LABELS: Record<LifecycleState, { en: string; ko: string }> = {
  new: { en: 'New', ko: '신규' },
  active: { en: 'Active', ko: '활동' },
  loyal: { en: 'Loyal', ko: '충성' },
  at_risk: { en: 'At risk', ko: '이탈 위험' },
  churned: { en: 'Dormant / churned', ko: '휴면 / 이탈' },
  reactivated: { en: 'Reactivated', ko: '복귀' },
};

const columnName = v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'));
const label = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(80, 'longer than 80 characters'));
const days = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DAYS));
const stateLabel = v.strictObject({ en: label, ko: label });

export const lifecycleSettingsSchema = v.strictObject({
  /** 'YYYY-MM-DD'; D is midnight at the start of this day. null: the day after the latest order. */
  asOf: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'))),
  columns: v.strictObject({
    customer: columnName,
    timestamp: columnName,
    /** Order amount; without it the summary has no revenue. */
    amount: v.optional(columnName),
    /** Order id; without it every row is an order. */
    order: v.optional(columnName),
  }),
  /** Whole days, compared with the day counts the table shows (see compile-lifecycle.ts). */
  thresholds: v.strictObject({
    /** new: first order at most N days before D. */
    newWithinDays: days,
    /** at risk: last order more than A days before D (and at most C). */
    atRiskAfterDays: days,
    /** churned: last order more than C days before D. */
    churnedAfterDays: days,
    /** loyal: at least this many orders (repeat buyers). */
    loyalMinOrders: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_ORDERS)),
    /** reactivated: an order within A days that came at least G days after the one before. null: G = C. */
    reactivationGapDays: v.nullable(days),
  }),
  labels: v.strictObject({
    new: stateLabel,
    active: stateLabel,
    loyal: stateLabel,
    at_risk: stateLabel,
    churned: stateLabel,
    reactivated: stateLabel,
  }),
});

export type LifecycleSettings = v.InferOutput<typeof lifecycleSettingsSchema>;
export type LifecycleThresholds = LifecycleSettings['thresholds'];

/** G: the reactivation gap, which follows C unless the user set it. */
export function reactivationGapDays(thresholds: LifecycleThresholds): number {
  return thresholds.reactivationGapDays ?? thresholds.churnedAfterDays;
}
