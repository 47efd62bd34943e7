// The two hidden file inputs live in App.svelte; anything can ask them to open.
import type { CellId } from '../core/workbook/types';

let dataInput: HTMLInputElement | null = null;
let workbookInput: HTMLInputElement | null = null;
/** Where data files picked next are inserted: after this cell, null = top, undefined = end. */
let dataAnchor: CellId | null | undefined;

export function registerPickers(data: HTMLInputElement, workbook: HTMLInputElement): () => void {
  dataInput = data;
  workbookInput = workbook;
  return () => {
    dataInput = null;
    workbookInput = null;
  };
}

export function pickDataFiles(after: CellId | null | undefined): void {
  dataAnchor = after;
  dataInput?.click();
}

export function takeDataAnchor(): CellId | null | undefined {
  const anchor = dataAnchor;
  dataAnchor = undefined;
  return anchor;
}

export function pickWorkbookFile(): void {
  workbookInput?.click();
}
