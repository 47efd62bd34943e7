// The workbook file's schema (DESIGN.md section 3, workbook/types.ts). Objects
// are strict: an unknown key is an error, so nothing unexpected (including
// "constructor" or "prototype") reaches the app. Sizes are capped so a hostile
// file fails validation instead of exhausting memory later.

import * as v from 'valibot';
import { chartSettingsSchema } from '../charts/schema';
import { cleanSettingsSchema } from '../clean/schema';
import { filterSettingsSchema } from '../filter/schema';
import { joinSettingsSchema } from '../join/schema';
import { behaviourSettingsSchema } from '../segments/behaviour/settings';
import { lifecycleSettingsSchema } from '../segments/lifecycle/settings';
import { personaSettingsSchema } from '../segments/persona/settings';
import { profileSettingsSchema } from '../segments/profile/settings';
import { rfmSettingsSchema } from '../segments/rfm/settings';
import { kmeansSettingsSchema } from '../kmeans/settings';
import type { Workbook } from '../workbook/types';

export const MAX_CELLS = 5_000;
export const MAX_SOURCES = 5_000;
export const MAX_COLUMNS = 10_000;
export const MAX_STRING = 1024 * 1024;

const text = v.pipe(v.string(), v.maxLength(MAX_STRING, `longer than ${MAX_STRING} characters`));
const shortText = v.pipe(v.string(), v.maxLength(1_000, 'longer than 1000 characters'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const cellId = v.pipe(v.string(), v.regex(/^c[0-9a-z]{1,40}$/, 'not a cell id (c + base36)'));
const sourceId = v.pipe(v.string(), v.regex(/^s[0-9a-z]{1,40}$/, 'not a source id (s + base36)'));
const cellName = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(200, 'longer than 200 characters'));
const inputs = v.pipe(v.array(cellId), v.maxLength(MAX_CELLS, `more than ${MAX_CELLS} inputs`));

const cellBase = { id: cellId, name: cellName, inputs };

const profileCellSettingsSchema = v.strictObject({ profile: profileSettingsSchema, persona: personaSettingsSchema });

const cell = v.variant('kind', [
  v.strictObject({ ...cellBase, kind: v.literal('source'), settings: v.strictObject({ source: sourceId }) }),
  v.strictObject({ ...cellBase, kind: v.literal('sql'), settings: v.strictObject({ sql: text }) }),
  v.strictObject({ ...cellBase, kind: v.literal('markdown'), settings: v.strictObject({ text }) }),
  v.strictObject({
    ...cellBase,
    kind: v.literal('chart'),
    settings: v.strictObject({ mode: v.picklist(['builder', 'json']), chart: chartSettingsSchema, spec: text, title: text }),
  }),
  v.strictObject({ ...cellBase, kind: v.literal('filter'), settings: filterSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('clean'), settings: cleanSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('join'), settings: joinSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('rfm'), settings: rfmSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('lifecycle'), settings: lifecycleSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('behaviour'), settings: behaviourSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('profile'), settings: profileCellSettingsSchema }),
  v.strictObject({ ...cellBase, kind: v.literal('cluster'), settings: kmeansSettingsSchema }),
]);

const column = v.strictObject({ name: text, type: shortText });

const csvOptions = v.strictObject({
  encoding: v.picklist(['utf-8', 'utf-16le', 'utf-16be', 'euc-kr']),
  delimiter: v.pipe(v.string(), v.maxLength(8, 'longer than 8 characters')),
  header: v.boolean(),
  quote: v.pipe(v.string(), v.maxLength(1, 'longer than 1 character')),
  columnTypes: v.optional(v.record(text, shortText)),
});

const importOptions = v.strictObject({
  format: v.picklist(['csv', 'xlsx', 'parquet', 'json']),
  csv: v.optional(csvOptions),
  xlsx: v.optional(v.strictObject({ sheet: text, header: v.boolean() })),
});

const fingerprint = v.strictObject({
  size: count,
  rowCount: count,
  columns: v.pipe(v.array(column), v.maxLength(MAX_COLUMNS, `more than ${MAX_COLUMNS} columns`)),
  sampleHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest')),
});

const source = v.strictObject({
  id: sourceId,
  fileName: text,
  url: v.optional(text),
  options: importOptions,
  fingerprint: v.optional(fingerprint),
});

// Embedded data is the one place where a string may be large: the whole file is capped instead.
// valibot's base64() regex overflows V8's stack on strings of tens of MB; this check is linear.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = v.pipe(
  v.string(),
  v.check((s) => s.length % 4 === 0 && BASE64_CHARS.test(s), 'not base64'),
);
const embedded = v.strictObject({ encoding: v.picklist(['file.gz', 'csv.gz']), base64 });

export const workbookSchema = v.strictObject({
  format: v.literal('segbook.workbook'),
  version: v.literal(1),
  title: text,
  locale: v.picklist(['ko', 'en']),
  cells: v.pipe(v.array(cell), v.maxLength(MAX_CELLS, `more than ${MAX_CELLS} cells`)),
  sources: v.pipe(v.array(source), v.maxLength(MAX_SOURCES, `more than ${MAX_SOURCES} sources`)),
  data: v.optional(v.record(sourceId, embedded)),
});

// Keeps the schema and the hand-written types in step both ways: adding a cell kind or a
// field to types.ts without adding it here (or the reverse) stops this line compiling.
// FilterSettings allows groups of any depth and the schema stops at three (core/filter/schema.ts
// checks that direction), so filter cells are compared one way only.
type SchemaOutput = v.InferOutput<typeof workbookSchema>;
type WithoutFilters<W extends { cells: unknown[] }> = Omit<W, 'cells'> & { cells: Exclude<W['cells'][number], { kind: 'filter' }>[] };
export const schemaFitsTypes: SchemaOutput extends Workbook ? true : never = true;
export const schemaMatchesTypes: [WithoutFilters<SchemaOutput>, WithoutFilters<Workbook>] extends [WithoutFilters<Workbook>, WithoutFilters<SchemaOutput>] ? true : never = true;

export type SchemaIssue = v.BaseIssue<unknown>;

/** A short English detail for the message ("missing", "unknown key", or valibot's expectation). */
export function describeIssue(issue: SchemaIssue): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown key';
  if (issue.received === 'undefined') return 'missing';
  if (issue.kind === 'validation' && issue.message && !issue.message.startsWith('Invalid')) return issue.message;
  return `expected ${issue.expected ?? 'a different value'}, got ${issue.received}`;
}

export function validateWorkbookShape(
  input: unknown,
): { ok: true; workbook: Workbook } | { ok: false; path: (string | number)[]; detail: string } {
  const result = v.safeParse(workbookSchema, input, { abortEarly: true });
  if (result.success) return { ok: true, workbook: result.output };
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  return { ok: false, path, detail: describeIssue(issue) };
}
