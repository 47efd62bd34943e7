// Running a source cell: find the file (attached, same-origin URL or embedded), register it,
// sniff it the first time, import it into the cell's table and record its fingerprint.
import { segbookError } from '../core/errors';
import { diffFingerprint } from '../core/workbook/fingerprint';
import { updateSource } from '../core/workbook/ops';
import type { SourceCell, SourceFingerprint } from '../core/workbook/types';
import type { EngineClient } from '../engine/client';
import type { ProgressListener } from '../engine/protocol';
import { describeDiffs } from '../i18n/index.svelte';
import { describeError } from '../i18n/index.svelte';
import { attachedFiles, ensureRegistered } from './attached.svelte';
import { showMessage } from './messages.svelte';
import { importSource, sameFingerprint, type CellResult } from './run-steps';
import { runtime } from './runtime.svelte';
import { embeddedSourceFile, fetchSourceFile } from './source-file';
import { store } from './workbook.svelte';

/** `onRegistered(engineName, userName)` lets the caller translate engine file names in errors. */
export async function runSourceCell(
  engine: EngineClient, cell: SourceCell, queryId: string, onProgress: ProgressListener,
  onRegistered: (engineName: string, fileName: string) => void,
  cancelled: () => boolean = () => false,
): Promise<CellResult> {
  // The engine only stops a running query: a cancel during the download or the sniff is checked here.
  const stopIfCancelled = () => {
    if (cancelled()) throw segbookError('engine.cancelled', {}, 'cancelled');
  };
  const source = store.workbook.sources.find((s) => s.id === cell.settings.source);
  if (!source) throw segbookError('cell.missingSource', { file: cell.name });
  let file = attachedFiles.get(source.id);
  if (!file && source.url) file = await fetchSourceFile(source, onProgress);
  file ??= (await embeddedSourceFile(source, store.workbook)) ?? undefined;
  if (!file) throw segbookError('cell.missingSource', { file: source.fileName });
  stopIfCancelled();
  attachedFiles.set(source.id, file);
  const name = await ensureRegistered(engine, source.id, file);
  onRegistered(name, file.name);
  if (!runtime.get(cell.id).sniff) {
    const sniff = await engine.sniffFile(name).catch(() => null);
    runtime.update(cell.id, { sniff });
  }
  stopIfCancelled();
  const result = await importSource(engine, file, name, cell.name, source, queryId, onProgress);
  const current = store.workbook.sources.find((s) => s.id === source.id);
  if (current?.fingerprint) warnIfDifferentFile(file.name, current.fingerprint, result.fingerprint);
  if (current && !sameFingerprint(current.fingerprint, result.fingerprint)) {
    store.amend(updateSource(store.workbook, source.id, { fingerprint: result.fingerprint }));
  }
  return { rowCount: result.rowCount, columns: result.columns };
}

/** The bytes differ from the file the workbook was saved with (not just other import options): say how. */
function warnIfDifferentFile(fileName: string, saved: SourceFingerprint, actual: SourceFingerprint): void {
  const diffs = diffFingerprint(saved, actual);
  if (!diffs.some((d) => d.kind === 'size' || d.kind === 'content')) return;
  const diff = describeDiffs(diffs).join('; ');
  showMessage('warning', describeError(segbookError('source.mismatch', { file: fileName, diff })));
}
