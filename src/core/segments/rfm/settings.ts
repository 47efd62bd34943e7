// Saved settings of an RFM cell (DESIGN.md section 4) and their schema. Plain JSON in the
// workbook; the schema caps every string and array so a hostile file fails validation.

import * as v from 'valibot';

export const MIN_K = 2;
/** Scores are single digits so that the RFM code "545" stays unambiguous. */
export const MAX_K = 9;
export const MAX_SEGMENT_RULES = 40;

const columnName = v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'));
const label = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(80, 'longer than 80 characters'));
const score = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_K));
/** Inclusive [low, high] range of a score. */
const scoreRange = v.tuple([score, score]);
/** Inclusive range of mean(F, M), which moves in steps of 0.5. */
const meanRange = v.tuple([v.pipe(v.number(), v.minValue(1), v.maxValue(MAX_K)), v.pipe(v.number(), v.minValue(1), v.maxValue(MAX_K))]);

const scoringMethod = v.variant('method', [
  v.strictObject({ method: v.literal('quantile') }),
  v.strictObject({ method: v.literal('rank') }),
  v.strictObject({
    method: v.literal('fixed'),
    /** k - 1 ascending bin edges in the dimension's own unit (days, orders or money). */
    thresholds: v.pipe(v.array(v.pipe(v.number(), v.finite())), v.maxLength(MAX_K - 1, `more than ${MAX_K - 1} thresholds`)),
  }),
]);

const segmentRule = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,39}$/, 'not a segment id (a-z, 0-9, _; up to 40)')),
  label: v.strictObject({ en: label, ko: label }),
  r: scoreRange,
  f: v.optional(scoreRange),
  m: v.optional(scoreRange),
  /** Range on (F + M) / 2, as in rule tables written on R and the mean of F and M. */
  fm: v.optional(meanRange),
});

export const rfmSettingsSchema = v.strictObject({
  /** 'YYYY-MM-DD'; D is midnight at the start of this day. null: the day after the latest order. */
  asOf: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'))),
  columns: v.strictObject({
    customer: columnName,
    timestamp: columnName,
    amount: columnName,
    /** Order id; without it every row is an order. */
    order: v.optional(columnName),
  }),
  /** orders: distinct order ids (rows without an order column); days: distinct order days. */
  frequency: v.picklist(['orders', 'days']),
  /** sum: total spend; mean: total spend / frequency (per order, or per order day). */
  monetary: v.picklist(['sum', 'mean']),
  k: v.pipe(v.number(), v.integer(), v.minValue(MIN_K), v.maxValue(MAX_K)),
  scoring: v.strictObject({ r: scoringMethod, f: scoringMethod, m: scoringMethod }),
  segments: v.strictObject({
    /** The k the rules were written for; compiling with another k is a problem, not a guess. */
    scale: v.pipe(v.number(), v.integer(), v.minValue(MIN_K), v.maxValue(MAX_K)),
    /** Ordered: the first rule that matches a customer wins; no match is "Others". */
    rules: v.pipe(v.array(segmentRule), v.maxLength(MAX_SEGMENT_RULES, `more than ${MAX_SEGMENT_RULES} rules`)),
  }),
});

export type RfmSettings = v.InferOutput<typeof rfmSettingsSchema>;
export type RfmScoringMethod = RfmSettings['scoring']['r'];
export type RfmSegmentRule = RfmSettings['segments']['rules'][number];
export type RfmSegmentTable = RfmSettings['segments'];
export type RfmDimension = keyof RfmSettings['scoring'];
export type RfmLocale = 'en' | 'ko';

export const OTHERS_SEGMENT = { id: 'others', label: { en: 'Others', ko: '기타' } } as const;
