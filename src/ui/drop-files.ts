// Files dropped anywhere (or picked): workbooks open, everything else becomes data cells.
import { isWorkbookFile } from '../state/file-kind';
import { addDataFiles } from '../state/files.svelte';
import { openWorkbookFile } from '../state/workbook-files.svelte';
import type { CellId } from '../core/workbook/types';

export async function routeFiles(files: File[], after?: CellId | null): Promise<void> {
  const data: File[] = [];
  let workbook: File | null = null;
  for (const file of files) {
    if (!workbook && (await isWorkbookFile(file))) workbook = file;
    else data.push(file);
  }
  if (workbook) await openWorkbookFile(workbook);
  if (data.length > 0) await addDataFiles(data, after);
}
