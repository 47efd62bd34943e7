// Plain-English sentences for the terminal, from the same English catalogue the app uses.
// (The app's describeError lives in a Svelte runes module, which plain Node cannot load.)
import type { SegbookError } from '../core/errors';
import type { FingerprintDiff } from '../core/workbook/fingerprint';
import { app } from '../i18n/en/app';
import { errors } from '../i18n/en/errors';

type Params = Record<string, string | number>;

const numbers = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return numbers.format(value);
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 || value >= 100 ? 0 : 1)} ${units[unit]}`;
}

function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value) : value;
  });
}

/** The sentence the app would show for this error in English. */
export function describeError(error: SegbookError): string {
  const params: Params = { ...error.params };
  if (error.code === 'file.tooLarge' || error.code === 'workbook.tooLarge') {
    const size = Number(error.params.size);
    if (Number.isFinite(size)) params.size = formatBytes(size);
  }
  params.detail ??= error.message;
  const template: string | undefined = errors[`errors.${error.code}`];
  return template ? interpolate(template, params) : `${error.code}: ${error.message}`;
}

/** "row count 541,909 → 10", "1 column missing: Country", ... in the app's wording. */
export function describeDiffs(diffs: FingerprintDiff[]): string[] {
  const lines: string[] = [];
  const missing = diffs.flatMap((d) => (d.kind === 'columnMissing' ? [d.column] : []));
  const added = diffs.flatMap((d) => (d.kind === 'columnAdded' ? [d.column] : []));
  const plural = (n: number) => (n === 1 ? 'one' : 'other');
  if (missing.length > 0) {
    lines.push(interpolate(app[`attach.diff.columnsMissing.${plural(missing.length)}`], { count: missing.length, columns: missing.join(', ') }));
  }
  if (added.length > 0) {
    lines.push(interpolate(app[`attach.diff.columnsAdded.${plural(added.length)}`], { count: added.length, columns: added.join(', ') }));
  }
  for (const diff of diffs) {
    if (diff.kind === 'rows') lines.push(interpolate(app['attach.diff.rows'], { saved: diff.saved, actual: diff.actual }));
    if (diff.kind === 'size') {
      lines.push(interpolate(app['attach.diff.size'], { saved: formatBytes(diff.saved), actual: formatBytes(diff.actual) }));
    }
    if (diff.kind === 'columnType') lines.push(interpolate(app['attach.diff.columnType'], diff));
    if (diff.kind === 'content') lines.push(app['attach.diff.content']);
  }
  return lines;
}

/** The app's source.mismatch sentence for a file that differs from the saved one. */
export function describeMismatch(file: string, diffs: FingerprintDiff[]): string {
  return interpolate(errors['errors.source.mismatch'], { file, diff: describeDiffs(diffs).join('; ') });
}
