// New, Open and Save of workbook files, and the start-up choice of which workbook to show.
import { segbookError, type SegbookError } from '../core/errors';
import { MAX_WORKBOOK_BYTES, parseWorkbook, serializeWorkbook } from '../core/format';
import { newWorkbook } from '../core/workbook/ops';
import type { Workbook } from '../core/workbook/types';
import { describeError, formatBytes, i18n, t } from '../i18n/index.svelte';
import { attach, openAttachDialog } from './attach.svelte';
import { attachedFiles } from './attached.svelte';
import { EMBED_WARN_BYTES, sourcesLeftOut, withEmbeddedData } from './embed-data';
import { showMessage } from './messages.svelte';
import { hasSavedWorkbook, restoreSession, startAutosave } from './persist.svelte';
import { runner } from './run.svelte';
import { isSameOrigin } from './source-file';
import { store } from './workbook.svelte';
import { downloadBlob } from '../ui/data/download';

export function newEmptyWorkbook(): void {
  void runner.cancel(); // the old workbook's runs would only keep the engine busy
  attach.open = false;
  store.replace(newWorkbook(i18n.locale, t('app.untitled')));
}

/** Download the workbook as `<title>.segbook.json` (fingerprints included, runtime state never). */
export function saveWorkbookFile(): void {
  const fileName = workbookFileName();
  download(serializeWorkbook(store.workbook), fileName);
  store.markSaved();
  showMessage('info', t('message.saved', { file: fileName }));
}

/** The same, with the attached data files inside (gzip'd): opens anywhere without attaching. */
export async function saveWorkbookWithData(): Promise<void> {
  const fileName = workbookFileName();
  const text = serializeWorkbook(await withEmbeddedData(store.workbook, attachedFiles));
  const size = new Blob([text]).size;
  if (size > MAX_WORKBOOK_BYTES) {
    showMessage('error', describeError(segbookError('workbook.tooLarge', { file: fileName, size })));
    return;
  }
  if (size > EMBED_WARN_BYTES && !confirm(t('confirm.saveWithDataLarge', { size: formatBytes(size) }))) return;
  download(text, fileName);
  store.markSaved();
  const missing = sourcesLeftOut(store.workbook, attachedFiles);
  showMessage(missing.length ? 'warning' : 'info', missing.length
    ? t('message.savedWithDataMissing', { file: fileName, files: missing.join(', ') })
    : t('message.savedWithData', { file: fileName, size: formatBytes(size) }));
}

function workbookFileName(): string {
  return `${safeFileName(store.workbook.title || t('app.untitled'))}.segbook.json`;
}

function download(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}

function safeFileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 120) || 'workbook';
}

type Parsed = { ok: true; workbook: Workbook } | { ok: false; error: SegbookError };

function parseText(text: string, fileName: string): Parsed {
  try {
    return parseWorkbook(text, fileName);
  } catch (cause) {
    return { ok: false, error: segbookError('workbook.invalid', { file: fileName, path: '', detail: String(cause) }) };
  }
}

/** Open a workbook file chosen or dropped by the user. On error the current workbook stays. */
export async function openWorkbookFile(file: File): Promise<boolean> {
  if (file.size > MAX_WORKBOOK_BYTES) {
    showMessage('error', describeError(segbookError('workbook.tooLarge', { file: file.name, size: file.size })));
    return false;
  }
  const parsed = parseText(await file.text(), file.name);
  if (!parsed.ok) {
    showMessage('error', describeError(parsed.error));
    return false;
  }
  void runner.cancel();
  store.replace(parsed.workbook);
  showMessage('info', t('message.opened', { file: file.name }));
  await prepareAndRun(parsed.workbook);
  return true;
}

/** `?open=<url>`: same-origin only. */
export async function openWorkbookUrl(url: string): Promise<Workbook | null> {
  if (!isSameOrigin(url)) {
    showMessage('error', describeError(segbookError('workbook.url', { url })));
    return null;
  }
  try {
    const response = await fetch(new URL(url, location.href));
    if (!response.ok) throw segbookError('file.fetch', { url, status: response.status });
    const parsed = parseText(await response.text(), decodeURIComponent(url.split('/').pop() || url));
    if (!parsed.ok) throw parsed.error;
    return parsed.workbook;
  } catch (cause) {
    const error = cause && typeof cause === 'object' && 'tag' in cause ? (cause as SegbookError) : segbookError('file.fetch', { url, status: String(cause) });
    showMessage('error', describeError(error));
    return null;
  }
}

/** The demo shop's segments (default), or with ?demo=retail the first look at UCI Online Retail. */
async function demoWorkbook(which: string | null): Promise<Workbook | null> {
  const base = which === 'retail' ? 'demo/demo' : 'demo/shop';
  const file = i18n.locale === 'ko' ? `${base}.ko.segbook.json` : `${base}.segbook.json`;
  const url = new URL(file, new URL(import.meta.env.BASE_URL, location.href)).href;
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) return null;
  const parsed = parseText(await response.text(), file);
  return parsed.ok ? parsed.workbook : null;
}

/** Sources without a file, URL or embedded data ask to be attached; then everything runs. */
async function prepareAndRun(workbook: Workbook): Promise<void> {
  const missing = workbook.sources
    .filter((s) => !attachedFiles.has(s.id) && !s.url && !workbook.data?.[s.id])
    .map((s) => s.id);
  if (missing.length > 0) openAttachDialog(missing);
  else attach.open = false;
  await runner.runAll();
}

/**
 * Pick the first workbook: ?open= wins; else the autosaved session; else the demo on a first
 * visit or with ?demo=1; else (an unreadable autosave) an empty workbook.
 */
export async function startWorkbook(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const session = await restoreSession();
  let workbook: Workbook | null = null;
  const openUrl = params.get('open');
  if (openUrl) workbook = await openWorkbookUrl(openUrl);
  if (!workbook && session) {
    workbook = session.workbook;
    for (const [id, file] of session.files) attachedFiles.set(id, file);
  }
  if (!workbook && (params.has('demo') || !(await hasSavedWorkbook()))) workbook = await demoWorkbook(params.get('demo'));
  workbook ??= newWorkbook(i18n.locale, t('app.untitled'));
  store.reset(workbook);
  startAutosave(session?.files);
  await prepareAndRun(workbook);
}
