// The attach dialog's state: a workbook opened without its data asks for each missing file,
// imports it to fingerprint it, and shows how it differs from the saved fingerprint.
import type { SegbookError } from '../core/errors';
import { diffFingerprint, type FingerprintDiff } from '../core/workbook/fingerprint';
import { updateSource } from '../core/workbook/ops';
import type { SourceFingerprint, SourceId } from '../core/workbook/types';
import { segbookError } from '../core/errors';
import { attachedFiles, engineFileName, ensureRegistered, withUserFileName } from './attached.svelte';
import { errorOf, runner } from './run.svelte';
import { importSource, type CellResult } from './run-steps';
import { runtime } from './runtime.svelte';
import { store } from './workbook.svelte';

export type AttachRowState = 'waiting' | 'checking' | 'checked' | 'kept' | 'skipped' | 'error';

export interface AttachRow {
  sourceId: SourceId;
  fileName: string;
  saved: SourceFingerprint | null;
  state: AttachRowState;
  file: File | null;
  diffs: FingerprintDiff[];
  error: SegbookError | null;
  result: (CellResult & { fingerprint: SourceFingerprint; elapsedMs: number }) | null;
}

export const attach = $state<{ open: boolean; rows: AttachRow[] }>({ open: false, rows: [] });

export function openAttachDialog(sourceIds: SourceId[]): void {
  const sources = store.workbook.sources.filter((s) => sourceIds.includes(s.id));
  attach.rows = sources.map((s) => ({
    sourceId: s.id, fileName: s.fileName, saved: s.fingerprint ?? null, state: 'waiting',
    file: null, diffs: [], error: null, result: null,
  }));
  attach.open = sources.length > 0;
}

function row(sourceId: SourceId): AttachRow | undefined {
  return attach.rows.find((r) => r.sourceId === sourceId);
}

function cellsOf(sourceId: SourceId) {
  return store.workbook.cells.filter((c) => c.kind === 'source' && c.settings.source === sourceId);
}

/** Import the chosen file into the source's table and compare it with the saved fingerprint. */
export async function chooseAttachFile(sourceId: SourceId, file: File): Promise<void> {
  const entry = row(sourceId);
  const source = store.workbook.sources.find((s) => s.id === sourceId);
  const cell = cellsOf(sourceId)[0];
  if (!entry || !source || !cell) return;
  Object.assign(entry, { state: 'checking', file, diffs: [], error: null, result: null });
  const name = engineFileName(sourceId, file);
  await runner.schedule(async (engine) => {
    try {
      await ensureRegistered(engine, sourceId, file);
      const started = performance.now();
      const result = await importSource(engine, file, name, cell.name, source, `attach-${sourceId}`, () => undefined);
      if (row(sourceId)?.file !== file) return; // the user chose another file meanwhile
      entry.result = { ...result, elapsedMs: performance.now() - started };
      entry.diffs = entry.saved ? diffFingerprint(entry.saved, result.fingerprint) : [];
      entry.state = 'checked';
    } catch (cause) {
      entry.error = withUserFileName(errorOf(cause), name, file.name);
      entry.state = 'error';
    }
  });
}

export function keepAttachFile(sourceId: SourceId): void {
  const entry = row(sourceId);
  if (!entry?.file || !entry.result) return;
  attachedFiles.set(sourceId, entry.file);
  store.amend(updateSource(store.workbook, sourceId, { fingerprint: entry.result.fingerprint }));
  for (const cell of cellsOf(sourceId)) {
    const { rowCount, columns, elapsedMs } = entry.result;
    runtime.update(cell.id, { status: 'done', rowCount, columns, elapsedMs, error: null, note: null, version: runtime.get(cell.id).version + 1 });
  }
  entry.state = 'kept';
}

export function resetAttachRow(sourceId: SourceId): void {
  const entry = row(sourceId);
  if (entry) Object.assign(entry, { state: 'waiting', file: null, diffs: [], error: null, result: null });
}

export function skipAttach(sourceId: SourceId): void {
  const entry = row(sourceId);
  if (!entry) return;
  entry.state = 'skipped';
  for (const cell of cellsOf(sourceId)) {
    runtime.update(cell.id, { status: 'idle', note: segbookError('cell.missingSource', { file: entry.fileName }) });
  }
}

/** Close: a checked file counts as kept (choosing it was the decision), one still being read is attached
 * and imported by the run; rows without a file count as skipped. Then run what can run. */
export function closeAttachDialog(): void {
  for (const entry of attach.rows) {
    if (entry.state === 'checked') keepAttachFile(entry.sourceId);
    else if (entry.state === 'checking' && entry.file) attachedFiles.set(entry.sourceId, entry.file);
    else if (entry.state === 'waiting' || entry.state === 'error') skipAttach(entry.sourceId);
  }
  attach.open = false;
  void runner.runStale();
}
