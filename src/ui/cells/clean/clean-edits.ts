// Edits the clean editor makes to CleanSettings, the columns each step can pick from, and the
// report line each step shows after a run. Pure, so they are unit-tested.
import { cleanOutputColumns, defaultCleanStep, MAX_CLEAN_STEPS, type CleanInput, type CleanSettings, type CleanStep, type CleanStepKind } from '../../../core/clean';
import { columnKind, isNumericKind } from '../../../core/roles/column-kind';
import type { ColumnInfo } from '../../../core/workbook/import-options';

/** The step added to the end, on the columns the earlier steps leave. Refused past the file's cap. */
export function addStep(settings: CleanSettings, kind: CleanStepKind, input: CleanInput): CleanSettings {
  if (settings.steps.length >= MAX_CLEAN_STEPS) return settings;
  const columns = columnsAtStep(settings, input, settings.steps.length);
  return { steps: [...settings.steps, defaultCleanStep(kind, columns)] };
}

export function removeStep(settings: CleanSettings, index: number): CleanSettings {
  return { steps: settings.steps.filter((_, i) => i !== index) };
}

/** Swap step `index` with its neighbour; out-of-range moves leave the settings as they are. */
export function moveStep(settings: CleanSettings, index: number, delta: -1 | 1): CleanSettings {
  const target = index + delta;
  if (index < 0 || target < 0 || index >= settings.steps.length || target >= settings.steps.length) return settings;
  const steps = [...settings.steps];
  [steps[index], steps[target]] = [steps[target]!, steps[index]!];
  return { steps };
}

export function replaceStep(settings: CleanSettings, index: number, step: CleanStep): CleanSettings {
  return { steps: settings.steps.map((s, i) => (i === index ? step : s)) };
}

/**
 * The columns step `index` reads: the input's after the steps before it (a cast changes a
 * type). When an earlier step is broken, the input's own columns, so the user can still pick.
 */
export function columnsAtStep(settings: CleanSettings, input: CleanInput, index: number): ColumnInfo[] {
  const planned = cleanOutputColumns({ steps: settings.steps.slice(0, index) }, input);
  return 'columns' in planned ? planned.columns : [...input.columns];
}

/** Tick or untick a column in a list, keeping the input's column order for what is ticked. */
export function toggleColumn(chosen: readonly string[], column: string, on: boolean, order: readonly string[]): string[] {
  const set = new Set(chosen);
  if (on) set.add(column);
  else set.delete(column);
  const known = order.filter((c) => set.has(c));
  return [...known, ...chosen.filter((c) => set.has(c) && !order.includes(c))];
}

/**
 * Values to exclude as typed ("cancelled, returned"): comma-separated, quotes keep a comma
 * inside a value. On a numeric column, values that read as numbers are saved as numbers.
 */
export function parseExcludeValues(text: string, columnType: string | undefined): (string | number)[] {
  const numeric = columnType !== undefined && isNumericKind(columnKind(columnType));
  const values: (string | number)[] = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text)) !== null) {
    const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (value !== '') values.push(numeric && value !== '' && Number.isFinite(Number(value)) ? Number(value) : value);
    if (match[0] === '') break;
  }
  return values;
}

export function formatExcludeValues(values: readonly (string | number)[]): string {
  return values.map((v) => (typeof v === 'string' && v.includes(',') ? `"${v}"` : String(v))).join(', ');
}

/** A fill constant as typed: a number on a numeric column, true/false on a boolean one, else text. */
export function parseFillValue(text: string, columnType: string | undefined): string | number | boolean {
  const kind = columnKind(columnType ?? 'VARCHAR');
  if (isNumericKind(kind) && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (kind === 'boolean' && /^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === 'true';
  return text;
}

/** strptime formats as typed, one per comma. */
export function parseFormats(text: string): string[] {
  return text.split(',').map((f) => f.trim()).filter((f) => f !== '');
}

export interface StepReport {
  rowsBefore: number;
  rowsAfter: number;
  rowsRemoved: number;
  valuesChanged: number | null;
  castFailures: number | null;
}

/** The report rows (rt.extras.rows.report) by step index; counts arrive as numbers or null. */
export function reportByStep(rows: readonly Record<string, unknown>[] | undefined): Map<number, StepReport> {
  const byStep = new Map<number, StepReport>();
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  for (const row of rows ?? []) {
    byStep.set(Number(row.step_index), {
      rowsBefore: Number(row.rows_before),
      rowsAfter: Number(row.rows_after),
      rowsRemoved: Number(row.rows_removed),
      valuesChanged: num(row.values_changed),
      castFailures: num(row.cast_failures),
    });
  }
  return byStep;
}

/** Which sentence sums up a step's report, and its numbers (the caller translates and formats). */
export function reportLine(step: CleanStep, report: StepReport): { key: string; params: Record<string, string | number> } {
  const removed = { rows: report.rowsRemoved };
  switch (step.kind) {
    case 'cast':
      return { key: report.castFailures ? 'clean.report.castFailed' : 'clean.report.castOk', params: { column: step.column, to: step.to, count: report.castFailures ?? 0 } };
    case 'trim':
    case 'fillNulls':
    case 'cap':
      return { key: `clean.report.${step.kind}`, params: { count: report.valuesChanged ?? 0 } };
    case 'exclude':
      return { key: 'clean.report.exclude', params: { ...removed, column: step.column } };
    default:
      return { key: `clean.report.${step.kind}`, params: removed };
  }
}
