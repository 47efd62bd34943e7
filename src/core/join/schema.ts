// The saved join settings' schema, with caps so a hostile workbook cannot exhaust memory.

import * as v from 'valibot';
import { JOIN_KINDS, KEY_CASTS, MEASURE_FNS, type JoinSettings } from './types';

export const MAX_JOINS = 20;
export const MAX_KEYS = 8;
export const MAX_JOIN_COLUMNS = 1_000;
export const MAX_SUMMARIES = 50;
export const MAX_PREFIX_LENGTH = 100;

const name = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(1_000, 'longer than 1000 characters'));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999));
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));

const key = v.strictObject({ left: name, right: name, as: v.nullable(v.picklist(KEY_CASTS)) });

const aggregate = v.strictObject({
  count: v.boolean(),
  measures: list(v.strictObject({ column: name, fn: v.picklist(MEASURE_FNS) }), MAX_SUMMARIES),
  latest: list(v.strictObject({ column: name, by: name }), MAX_SUMMARIES),
});

export const joinStepSchema = v.strictObject({
  input: index,
  kind: v.picklist(JOIN_KINDS),
  keys: list(key, MAX_KEYS),
  columns: v.nullable(list(name, MAX_JOIN_COLUMNS)),
  prefix: v.pipe(v.string(), v.maxLength(MAX_PREFIX_LENGTH, `longer than ${MAX_PREFIX_LENGTH} characters`)),
  aggregate: v.nullable(aggregate),
});

export const joinSettingsSchema = v.strictObject({
  base: index,
  joins: list(joinStepSchema, MAX_JOINS),
});

// Keeps the schema and the hand-written types in step both ways.
type SchemaOutput = v.InferOutput<typeof joinSettingsSchema>;
export const joinSchemaMatchesType: [SchemaOutput, JoinSettings] extends [JoinSettings, SchemaOutput] ? true : never = true;
