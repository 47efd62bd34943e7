// Auto-run: after edits settle, run whatever is stale. Also drops the tables of deleted cells.
import { quoteIdent } from '../core/sql/quote';
import { dropLabelsTable, labelsTableName } from '../workers/kmeans/write-cluster-table';
import { runner } from './run.svelte';
import { store, type WorkbookChange } from './workbook.svelte';

const STORAGE_KEY = 'segbook.autoRun';
const DEBOUNCE_MS = 400;

function savedSetting(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

export const autoRun = $state({ enabled: savedSetting() });

export function setAutoRun(enabled: boolean): void {
  autoRun.enabled = enabled;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, String(enabled));
  } catch {
    // not remembered across reloads
  }
  if (enabled) void runner.runStale();
}

let timer: ReturnType<typeof setTimeout> | undefined;

function onChange({ before, after, reason }: WorkbookChange): void {
  const kept = new Set(after.cells.map((c) => c.name.toLowerCase()));
  const dropped = before.cells.filter((c) => c.kind !== 'markdown' && !kept.has(c.name.toLowerCase()) && !after.cells.some((a) => a.id === c.id));
  // hidden labels tables kept for renames: gone with their cell, or with the whole workbook (its
  // runtime is reset, so nothing would use them, even where the new workbook reuses the cell ids)
  const replaced = reason === 'replace' || reason === 'reset';
  const labels = before.cells.filter((c) => c.kind === 'cluster' && (replaced || !after.cells.some((a) => a.id === c.id))).map((c) => labelsTableName(c.id));
  if (dropped.length > 0 || labels.length > 0) {
    void runner.schedule(async (engine) => {
      for (const cell of dropped) await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(cell.name)}`).catch(() => undefined);
      for (const table of labels) await dropLabelsTable(engine, table);
    });
  }
  // Open and start-up run everything themselves.
  if (!autoRun.enabled || reason === 'amend' || reason === 'reset' || reason === 'replace') return;
  clearTimeout(timer);
  timer = setTimeout(() => void runner.runStale(), DEBOUNCE_MS);
}

store.onChange(onChange);
