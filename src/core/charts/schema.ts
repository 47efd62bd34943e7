// The saved shape of builder settings (types.ts), checked when a workbook is opened.
import * as v from 'valibot';

const fieldName = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(1_000, 'longer than 1000 characters'));

const encoding = v.strictObject({
  field: v.optional(fieldName),
  type: v.picklist(['quantitative', 'nominal', 'ordinal', 'temporal']),
  aggregate: v.optional(v.picklist(['count', 'sum', 'mean', 'median', 'min', 'max', 'distinct'])),
  bin: v.optional(v.union([v.boolean(), v.strictObject({ maxbins: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(200)) })])),
  timeUnit: v.optional(v.picklist(['year', 'quarter', 'month', 'week', 'day', 'hour', 'yearmonth', 'yearmonthdate'])),
  sort: v.optional(v.picklist(['ascending', 'descending', '-x', '-y', 'x', 'y'])),
});

export const chartSettingsSchema = v.strictObject({
  mark: v.picklist(['bar', 'line', 'area', 'point', 'rect', 'arc', 'boxplot', 'histogram']),
  encodings: v.strictObject({
    x: v.optional(encoding),
    y: v.optional(encoding),
    color: v.optional(encoding),
    size: v.optional(encoding),
    facet: v.optional(encoding),
  }),
});
