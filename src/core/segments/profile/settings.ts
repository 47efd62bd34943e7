// Saved settings of a profile cell and their schema. Plain JSON in the workbook; the schema
// caps every string and array so a hostile file fails validation instead of building huge SQL.

import * as v from 'valibot';

export const MAX_PROFILE_NUMERIC = 20;
export const MAX_PROFILE_CATEGORICAL = 10;
export const MAX_TOP_N = 20;

const columnName = v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'));
const optionalColumn = v.optional(columnName);

export const profileSettingsSchema = v.strictObject({
  columns: v.strictObject({
    /** One row per customer; rows with a null customer are left out. */
    customer: columnName,
    /** Segment label (any type; compared as text). */
    segment: columnName,
    /** Stable segment key (e.g. the RFM table's segment_id), used by personas to pick actions. */
    segmentId: optionalColumn,
    /** Total spend of the customer (RFM monetary with monetary = 'sum'). */
    revenue: optionalColumn,
    /** Orders of the customer; the average order value divides by it (else by frequency). */
    orders: optionalColumn,
    frequency: optionalColumn,
    /** Days since the last order. */
    recency: optionalColumn,
  }),
  /** Further numeric (or boolean) columns compared by mean and index; a 0/1 response column gives a rate. */
  numeric: v.pipe(v.array(columnName), v.maxLength(MAX_PROFILE_NUMERIC, `more than ${MAX_PROFILE_NUMERIC} columns`)),
  /** Columns whose most common values are listed per segment, with lift. */
  categorical: v.pipe(v.array(columnName), v.maxLength(MAX_PROFILE_CATEGORICAL, `more than ${MAX_PROFILE_CATEGORICAL} columns`)),
  topN: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TOP_N)),
  pareto: v.strictObject({
    /** The "top X%" of customers by revenue whose revenue share is reported. */
    topPercent: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
    /** Most points on the Pareto curve, besides (0, 0). */
    points: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1_000)),
  }),
  /** Over-segmentation guard (segmentationWarnings). */
  guard: v.strictObject({
    maxSegments: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000)),
    /** A segment is small below this share of customers (0.01 = 1%) ... */
    minShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    /** ... or below this many customers. */
    minCustomers: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000_000)),
  }),
});

export type ProfileSettings = v.InferOutput<typeof profileSettingsSchema>;
export type ProfileGuard = ProfileSettings['guard'];
export type ProfileLocale = 'en' | 'ko';

export const DEFAULT_PROFILE_GUARD: ProfileGuard = { maxSegments: 12, minShare: 0.01, minCustomers: 30 };

export const ALL_CUSTOMERS_LABEL: Record<ProfileLocale, string> = { en: 'All customers', ko: '전체 고객' };
