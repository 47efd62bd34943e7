// The saved clean settings' schema, with caps so a hostile workbook cannot exhaust memory, and
// the settings a new clean cell or a newly added step starts from.

import * as v from 'valibot';
import { columnKind, isNumericKind } from '../roles/column-kind';
import { proposeRoles } from '../roles/propose';
import type { ColumnInfo } from '../workbook/import-options';
import { CAST_TYPES, type CleanSettings, type CleanStep, type CleanStepKind } from './types';

export const MAX_CLEAN_STEPS = 50;
export const MAX_STEP_COLUMNS = 500;
export const MAX_EXCLUDE_VALUES = 10_000;
export const MAX_FORMATS = 8;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const name = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(1_000, 'longer than 1000 characters'));
const names = v.pipe(v.array(name), v.maxLength(MAX_STEP_COLUMNS, `more than ${MAX_STEP_COLUMNS} columns`));
const finite = v.pipe(v.number(), v.finite());

const dedupe = v.strictObject({
  kind: v.literal('dedupe'),
  keys: names,
  orderBy: v.nullable(v.strictObject({ column: name, descending: v.boolean() })),
});
const trim = v.strictObject({ kind: v.literal('trim'), columns: names, collapseSpaces: v.boolean(), emptyAsNull: v.boolean() });
const cast = v.strictObject({
  kind: v.literal('cast'),
  column: name,
  to: v.picklist(CAST_TYPES),
  formats: v.pipe(v.array(text(100)), v.maxLength(MAX_FORMATS, `more than ${MAX_FORMATS} formats`)),
});
const dropNulls = v.strictObject({ kind: v.literal('dropNulls'), columns: names });
const fillNulls = v.strictObject({
  kind: v.literal('fillNulls'),
  column: name,
  fill: v.variant('kind', [
    v.strictObject({ kind: v.literal('constant'), value: v.union([text(1_000), finite, v.boolean()]) }),
    v.strictObject({ kind: v.literal('mean') }),
    v.strictObject({ kind: v.literal('median') }),
  ]),
});
const exclude = v.strictObject({
  kind: v.literal('exclude'),
  column: name,
  match: v.variant('kind', [
    v.strictObject({
      kind: v.literal('values'),
      values: v.pipe(v.array(v.union([text(1_000), finite])), v.maxLength(MAX_EXCLUDE_VALUES, `more than ${MAX_EXCLUDE_VALUES} values`)),
    }),
    v.strictObject({ kind: v.literal('prefix'), prefix: text(1_000) }),
    v.strictObject({ kind: v.literal('atMost'), value: finite }),
  ]),
  ignoreCase: v.boolean(),
});
// The range (0, 50) is checked when compiling, so the editor can say what is wrong with it.
const cap = v.strictObject({ kind: v.literal('cap'), column: name, percentile: finite, sides: v.picklist(['both', 'lower', 'upper']) });

export const cleanStepSchema = v.variant('kind', [dedupe, trim, cast, dropNulls, fillNulls, exclude, cap]);

export const cleanSettingsSchema = v.strictObject({
  steps: v.pipe(v.array(cleanStepSchema), v.maxLength(MAX_CLEAN_STEPS, `more than ${MAX_CLEAN_STEPS} steps`)),
});

// Keeps the schema and the hand-written types in step both ways.
type SchemaOutput = v.InferOutput<typeof cleanSettingsSchema>;
export const cleanSchemaMatchesType: [SchemaOutput, CleanSettings] extends [CleanSettings, SchemaOutput] ? true : never = true;

/**
 * Without columns: no steps. With them, what customer analysis nearly always needs: an id
 * read as a float (Online Retail's 17850.0) cast to BIGINT, and rows without an id dropped.
 */
export function defaultCleanSettings(columns?: readonly ColumnInfo[]): CleanSettings {
  if (!columns) return { steps: [] };
  const id = proposeRoles(columns).roles.customerId;
  if (!id) return { steps: [] };
  const kind = columnKind(columns.find((c) => c.name === id.column)!.type);
  const steps: CleanStep[] = [];
  if (kind === 'float' || kind === 'decimal') steps.push({ kind: 'cast', column: id.column, to: 'BIGINT', formats: [] });
  steps.push({ kind: 'dropNulls', columns: [id.column] });
  return { steps };
}

/** A new step of `kind`, on the first column it suits (the user picks another in the editor). */
export function defaultCleanStep(kind: CleanStepKind, columns: readonly ColumnInfo[]): CleanStep {
  const first = (test: (type: string) => boolean) => columns.find((c) => test(c.type))?.name ?? columns[0]?.name ?? '';
  const textColumn = first((t) => columnKind(t) === 'text');
  const numberColumn = first((t) => isNumericKind(columnKind(t)));
  switch (kind) {
    case 'dedupe':
      return { kind, keys: columns.map((c) => c.name), orderBy: null };
    case 'trim':
      return { kind, columns: columns.filter((c) => columnKind(c.type) === 'text').map((c) => c.name), collapseSpaces: true, emptyAsNull: true };
    case 'cast':
      return { kind, column: textColumn, to: 'DOUBLE', formats: [] };
    case 'dropNulls':
      return { kind, columns: columns.length > 0 ? [columns[0]!.name] : [] };
    case 'fillNulls':
      return { kind, column: numberColumn, fill: { kind: 'median' } };
    case 'exclude':
      return { kind, column: numberColumn, match: { kind: 'atMost', value: 0 }, ignoreCase: true };
    case 'cap':
      return { kind, column: numberColumn, percentile: 1, sides: 'both' };
  }
}
