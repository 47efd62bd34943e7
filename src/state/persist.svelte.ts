// Autosave to IndexedDB: the workbook JSON on every change (debounced) and the attached
// File objects (structured-cloned; Chromium keeps the bytes). Restored on start.
import { del, get, keys, set } from 'idb-keyval';
import { parseWorkbook, serializeWorkbook } from '../core/format';
import type { SourceId, Workbook } from '../core/workbook/types';
import { t } from '../i18n/index.svelte';
import { attachedFiles } from './attached.svelte';
import { showMessage } from './messages.svelte';
import { store } from './workbook.svelte';

const WORKBOOK_KEY = 'segbook.workbook';
const FILE_PREFIX = 'segbook.file.';
const SAVE_DEBOUNCE_MS = 300;
/** IndexedDB copies can fail or bloat far before this; such files are re-attached instead. */
const MAX_KEPT_FILE_BYTES = 2 * 1024 ** 3;

export interface SavedSession {
  workbook: Workbook;
  files: Map<SourceId, File>;
}

/** Whether anything was ever autosaved here (even if it can no longer be read). */
export async function hasSavedWorkbook(): Promise<boolean> {
  try {
    return (await get(WORKBOOK_KEY)) !== undefined;
  } catch {
    return false;
  }
}

export async function restoreSession(): Promise<SavedSession | null> {
  try {
    const text = await get<string>(WORKBOOK_KEY);
    if (typeof text !== 'string') return null;
    const parsed = parseWorkbook(text, 'autosave');
    if (!parsed.ok) return null;
    const files = new Map<SourceId, File>();
    for (const source of parsed.workbook.sources) {
      const file = await get<File>(FILE_PREFIX + source.id);
      if (file instanceof Blob) files.set(source.id, file as File);
    }
    return { workbook: parsed.workbook, files };
  } catch {
    return null; // storage unavailable (private mode): start fresh
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
const savedFiles = new Map<SourceId, File>();
const warnedTooLarge = new Set<File>();

export function scheduleAutosave(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void autosave(), SAVE_DEBOUNCE_MS);
}

async function autosave(): Promise<void> {
  const workbook = store.workbook;
  try {
    await set(WORKBOOK_KEY, serializeWorkbook(workbook));
    await saveFiles(workbook);
  } catch (cause) {
    showMessage('warning', t('message.autosaveFailed', { detail: cause instanceof Error ? cause.message : String(cause) }));
  }
}

async function saveFiles(workbook: Workbook): Promise<void> {
  const wanted = new Set<SourceId>();
  for (const source of workbook.sources) {
    const file = attachedFiles.get(source.id);
    // Files that came from the site (source.url) are fetched again; no need to copy them.
    if (!file || source.url) continue;
    if (file.size > MAX_KEPT_FILE_BYTES) {
      if (!warnedTooLarge.has(file)) showMessage('warning', t('message.fileTooLargeToKeep', { file: file.name }));
      warnedTooLarge.add(file);
      continue;
    }
    wanted.add(source.id);
    if (savedFiles.get(source.id) === file) continue;
    await set(FILE_PREFIX + source.id, file);
    savedFiles.set(source.id, file);
  }
  for (const key of await keys()) {
    if (typeof key === 'string' && key.startsWith(FILE_PREFIX) && !wanted.has(key.slice(FILE_PREFIX.length))) {
      await del(key);
      savedFiles.delete(key.slice(FILE_PREFIX.length));
    }
  }
}

/** Save on every workbook change from now on; returns the teardown. */
export function startAutosave(restoredFiles: Map<SourceId, File> = new Map()): () => void {
  for (const [id, file] of restoredFiles) savedFiles.set(id, file);
  const stop = store.onChange(() => scheduleAutosave());
  return () => {
    stop();
    clearTimeout(timer);
  };
}
