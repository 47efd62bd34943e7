// What identifies an input file cheaply, and how an attached file differs from the saved one.

import type { SourceFingerprint } from './types';

export const SAMPLE_BYTES = 1024 * 1024;

export type FingerprintDiff =
  | { kind: 'size'; saved: number; actual: number }
  | { kind: 'rows'; saved: number; actual: number }
  | { kind: 'columnMissing'; column: string }
  | { kind: 'columnAdded'; column: string }
  | { kind: 'columnType'; column: string; saved: string; actual: string }
  | { kind: 'content' };

/**
 * SHA-256 (hex) over the first and last 1 MiB and the size as decimal text:
 * reads at most 2 MiB of a multi-GB file. Files up to 2 MiB are hashed whole.
 */
export async function sampleHash(
  size: number,
  readSlice: (start: number, end: number) => Promise<Uint8Array>,
): Promise<string> {
  const head = await readSlice(0, Math.min(size, SAMPLE_BYTES));
  const tailStart = Math.max(Math.min(size, SAMPLE_BYTES), size - SAMPLE_BYTES);
  const tail = tailStart < size ? await readSlice(tailStart, size) : new Uint8Array(0);
  const sizeText = new TextEncoder().encode(String(size));
  const all = new Uint8Array(head.length + tail.length + sizeText.length);
  all.set(head, 0);
  all.set(tail, head.length);
  all.set(sizeText, head.length + tail.length);
  const digest = await crypto.subtle.digest('SHA-256', all);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Differences in the order a user reads them: size, rows, columns (saved order, then new ones), content. */
export function diffFingerprint(saved: SourceFingerprint, actual: SourceFingerprint): FingerprintDiff[] {
  const diffs: FingerprintDiff[] = [];
  if (saved.size !== actual.size) diffs.push({ kind: 'size', saved: saved.size, actual: actual.size });
  if (saved.rowCount !== actual.rowCount) diffs.push({ kind: 'rows', saved: saved.rowCount, actual: actual.rowCount });
  const actualTypes = new Map(actual.columns.map((c) => [c.name, c.type]));
  const savedNames = new Set(saved.columns.map((c) => c.name));
  for (const column of saved.columns) {
    const type = actualTypes.get(column.name);
    if (type === undefined) diffs.push({ kind: 'columnMissing', column: column.name });
    else if (type !== column.type) diffs.push({ kind: 'columnType', column: column.name, saved: column.type, actual: type });
  }
  for (const column of actual.columns) {
    if (!savedNames.has(column.name)) diffs.push({ kind: 'columnAdded', column: column.name });
  }
  // Only said when nothing above explains it: same size, rows and columns, different bytes.
  if (diffs.length === 0 && saved.sampleHash !== actual.sampleHash) diffs.push({ kind: 'content' });
  return diffs;
}
