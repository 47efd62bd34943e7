// Adding data files (drop or picker): each becomes a Source and a source cell, but only
// once it imported cleanly, so a bad file leaves the workbook (and undo) untouched.
import { segbookError } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import { addSource, uniqueCellName } from '../core/workbook/ops';
import type { CellId } from '../core/workbook/types';
import type { Progress } from '../engine/protocol';
import { describeError, t } from '../i18n/index.svelte';
import { attachedFiles, engineFileName, ensureRegistered, withUserFileName } from './attached.svelte';
import { getEngine } from './engine.svelte';
import { showMessage } from './messages.svelte';
import { errorOf, runner } from './run.svelte';
import { importSource } from './run-steps';
import { runtime } from './runtime.svelte';
import { store } from './workbook.svelte';

/** The file being imported by addDataFiles (no cell exists for it yet), for a progress bar. */
export const adding = $state<{ file: string; queryId: string; progress: Progress | null }[]>([]);

let pending = Promise.resolve();

/** Add files one after another (the engine runs one thing at a time anyway). */
export function addDataFiles(files: Iterable<File>, after?: CellId | null): Promise<void> {
  let anchor = after;
  for (const file of files) {
    pending = pending.then(async () => {
      const id = await addDataFile(file, anchor);
      if (id) anchor = id;
    });
  }
  return pending;
}

let nextAdd = 1;

/**
 * Adds the user cancelled. The engine can only stop a query that is running, so a cancel that
 * comes while the file waits its turn, registers or is sniffed is honoured between those steps.
 */
const cancelledAdds = new Set<string>();

function throwIfCancelled(queryId: string): void {
  if (cancelledAdds.has(queryId)) throw segbookError('engine.cancelled', {}, 'cancelled');
}

async function addDataFile(file: File, after: CellId | null | undefined): Promise<CellId | null> {
  const tempId = `new${nextAdd++}`;
  let done: CellId | null = null;
  const queryId = `add-${tempId}`;
  adding.push({ file: file.name, queryId, progress: null });
  const onProgress = (progress: Progress) => {
    const entry = adding.find((a) => a.queryId === queryId);
    if (entry) entry.progress = progress;
  };
  const registered = engineFileName(tempId, file);
  await runner.schedule(async (engine) => {
    // Named when the engine gets to it, so cells added meanwhile are taken into account.
    const name = uniqueCellName(file.name, store.workbook.cells.map((c) => c.name));
    try {
      throwIfCancelled(queryId);
      await ensureRegistered(engine, tempId, file);
      const sniff = await engine.sniffFile(registered);
      throwIfCancelled(queryId);
      const started = performance.now();
      const result = await importSource(engine, file, registered, name, { options: sniff.detected }, queryId, onProgress);
      throwIfCancelled(queryId);
      const elapsedMs = performance.now() - started;
      const added = addSource(store.workbook, { fileName: file.name, options: sniff.detected, fingerprint: result.fingerprint }, { after, name });
      attachedFiles.set(added.source.id, file);
      store.apply(added.workbook);
      store.selection = added.cell.id;
      runtime.update(added.cell.id, { status: 'done', rowCount: result.rowCount, columns: result.columns, elapsedMs, sniff, version: 1 });
      done = added.cell.id;
    } catch (cause) {
      await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)}`).catch(() => undefined);
      const error = withUserFileName(errorOf(cause), registered, file.name);
      if (error.code === 'engine.cancelled') showMessage('info', t('message.importCancelled', { file: file.name }));
      else showMessage('error', describeErrorFor(file.name, error));
    } finally {
      cancelledAdds.delete(queryId);
      const index = adding.findIndex((a) => a.queryId === queryId);
      if (index >= 0) adding.splice(index, 1);
    }
  });
  return done;
}

function describeErrorFor(fileName: string, cause: unknown): string {
  const error = errorOf(cause);
  const text = describeError(error);
  // Every file error names the file; engine errors may not, so prefix it.
  return text.includes(fileName) ? text : `${fileName}: ${text}`;
}

export async function cancelAdding(queryId: string): Promise<void> {
  cancelledAdds.add(queryId);
  await (await getEngine()).cancel(queryId).catch(() => false);
}

/** Replace (or attach) the file behind an existing source and re-run its cell. */
export async function replaceSourceFile(cellId: CellId, file: File): Promise<void> {
  const cell = store.workbook.cells.find((c) => c.id === cellId);
  if (!cell || cell.kind !== 'source') return;
  const source = store.workbook.sources.find((s) => s.id === cell.settings.source);
  attachedFiles.set(cell.settings.source, file);
  // The user's own file now stands for this source: a URL would be fetched instead of it after a reload.
  if (source && (source.fileName !== file.name || source.url)) {
    const { url: _replaced, ...rest } = source;
    store.apply({ ...store.workbook, sources: store.workbook.sources.map((s) => (s.id === source.id ? { ...rest, fileName: file.name } : s)) });
  }
  runtime.update(cellId, { sniff: null, note: null, status: 'stale' });
  await getEngine().catch(() => undefined);
  await runner.runCell(cellId);
  if (runtime.get(cellId).status === 'error') showMessage('error', describeErrorFor(file.name, runtime.get(cellId).error));
  else if (runtime.get(cellId).status === 'done') showMessage('info', t('message.fileAdded', { file: file.name, rows: runtime.get(cellId).rowCount ?? 0 }));
}
