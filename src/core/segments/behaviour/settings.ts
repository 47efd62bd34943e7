// Saved settings of a behaviour cell (DESIGN.md section 4): one rule template, its parameters,
// and the columns it reads, bound by role. Plain JSON in the workbook; the schema caps every
// string, list and number so a hostile file fails validation.

import * as v from 'valibot';

export const BEHAVIOUR_RULE_IDS = ['cart_abandoners', 'browsers_without_purchase', 'category_loyalists', 'discount_only_buyers', 'preferred_channel'] as const;
export type BehaviourRule = (typeof BEHAVIOUR_RULE_IDS)[number];
export type BehaviourLocale = 'en' | 'ko';

export const MAX_DAYS = 36_500;
export const MAX_HOURS = 24 * 366;
export const MAX_MONTHS = 1_200;
export const MAX_COUNT = 1_000_000;
export const MAX_EVENT_VALUES = 20;

const columnName = v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'));
const days = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DAYS));
const count = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COUNT));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const eventValue = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(200, 'longer than 200 characters'));
const eventValues = v.pipe(v.array(eventValue), v.minLength(1, 'no value'), v.maxLength(MAX_EVENT_VALUES, `more than ${MAX_EVENT_VALUES} values`));

const shared = {
  /** 'YYYY-MM-DD'; D is midnight at the start of this day. null: the day after the latest row. */
  asOf: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'))),
  /** Columns by role; each rule reads only the roles it needs (rules.ts). Empty = unset. */
  columns: v.strictObject({
    customer: columnName,
    timestamp: columnName,
    eventType: v.optional(columnName),
    category: v.optional(columnName),
    channel: v.optional(columnName),
    /** BOOLEAN flag, or a number where > 0 means a discount was used (an amount or a rate). */
    discount: v.optional(columnName),
    /** Order id (discount-only buyers); without it every row is an order. */
    order: v.optional(columnName),
  }),
  /** The event type values that mean each action, compared exactly (case and spaces count). */
  eventTypes: v.strictObject({ view: eventValues, cart: eventValues, purchase: eventValues }),
};

const rule = <R extends BehaviourRule, P extends v.ObjectEntries>(id: R, params: P) =>
  v.strictObject({ rule: v.literal(id), asOf: shared.asOf, params: v.strictObject(params), columns: shared.columns, eventTypes: shared.eventTypes });

export const behaviourSettingsSchema = v.variant('rule', [
  rule('cart_abandoners', {
    /** Cart adds in the last d days before D. */
    windowDays: days,
    /** A cart add is abandoned when no purchase follows within H hours. */
    purchaseWithinHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_HOURS)),
  }),
  rule('browsers_without_purchase', {
    windowDays: days,
    minViews: count,
    /** window: no purchase in the same d days; history: no purchase ever before D. */
    noPurchaseIn: v.picklist(['window', 'history']),
  }),
  rule('category_loyalists', {
    months: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_MONTHS)),
    minShare: share,
    /** Fewer rows than this is too little activity to call anyone loyal to anything. */
    minEvents: count,
    /** all: every row with a category; purchases: purchase events only. */
    activity: v.picklist(['all', 'purchases']),
  }),
  rule('discount_only_buyers', {
    minShare: share,
    minOrders: count,
    /** null: every order before D. */
    windowDays: v.nullable(days),
  }),
  rule('preferred_channel', {
    windowDays: v.nullable(days),
    /** 0 lists every customer with a channel; higher keeps only those who mostly use one. */
    minShare: share,
  }),
]);

export type BehaviourSettings = v.InferOutput<typeof behaviourSettingsSchema>;
export type BehaviourSettingsOf<R extends BehaviourRule> = Extract<BehaviourSettings, { rule: R }>;
export type BehaviourParams<R extends BehaviourRule> = BehaviourSettingsOf<R>['params'];
export type BehaviourColumns = BehaviourSettings['columns'];
export type EventTypeValues = BehaviourSettings['eventTypes'];
