// Jupyter-like keys. Edit mode = focus in a text field or editor; command mode = elsewhere.
import { store } from '../state/workbook.svelte';
import { focusCell, focusNeighbour, insertCell, removeCell, runAndInsert, runAndNext, runInPlace } from './cell-actions';

export interface KeyboardContext {
  save(): void;
  open(): void;
  toggleHelp(): void;
}

const DOUBLE_D_MS = 700;
let lastD = 0;

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, .cm-editor') !== null;
}

function cellOf(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement)) return store.selection;
  return target.closest<HTMLElement>('section[data-cell-id]')?.dataset.cellId ?? store.selection;
}

/**
 * The letter a shortcut means. With a Korean layout `key` is a jamo ('ㅁ' for A), so fall back
 * to the physical key; Latin layouts (AZERTY...) keep the letter printed on the key.
 */
function letterOf(event: KeyboardEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : event.key;
}

export function handleKeydown(event: KeyboardEvent, ctx: KeyboardContext): void {
  if (event.isComposing) return; // Hangul IME: Enter confirms the syllable
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  const letter = letterOf(event);
  if (mod && !event.altKey && letter === 's') return consume(event, ctx.save);
  if (mod && !event.altKey && letter === 'o') return consume(event, ctx.open);
  if (key === 'F1') return consume(event, ctx.toggleHelp);
  if (event.defaultPrevented) return; // already handled (CodeMirror's own keymap)

  const editing = isTextTarget(event.target);
  const cell = cellOf(event.target);
  if (key === 'Enter' && cell && (event.shiftKey || mod || event.altKey)) {
    // Inside a plain <input> (cell name, title) Enter has its own meaning.
    if (event.target instanceof HTMLInputElement) return;
    // Running a text cell means rendering it: leave its editor.
    if (event.target instanceof HTMLTextAreaElement && event.target.matches('.markdown-input')) void focusCell(cell, false);
    if (event.shiftKey) return consume(event, () => void runAndNext(cell));
    if (event.altKey) return consume(event, () => void runAndInsert(cell));
    return consume(event, () => runInPlace(cell));
  }
  if (editing) {
    if (key === 'Escape' && event.target instanceof HTMLElement && cell) {
      consume(event, () => void focusCell(cell, false));
    }
    return;
  }
  commandKey(event, ctx, cell);
}

/** Single-letter and arrow commands apply only when a cell itself (or nothing) has focus, not a button or grid. */
function isCommandTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target === document.documentElement || target.matches('section[data-cell-id]');
}

function commandKey(event: KeyboardEvent, ctx: KeyboardContext, cell: string | null): void {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? letterOf(event) : event.key;
  if (mod && key === 'z') return consume(event, () => (event.shiftKey ? store.redo() : store.undo()));
  if (mod && key === 'y') return consume(event, () => store.redo());
  if (mod || event.altKey || !isCommandTarget(event.target)) return;
  if (key === '?') return consume(event, ctx.toggleHelp);
  if (key === 'ArrowUp' || key === 'k') return consume(event, () => void focusNeighbour(-1));
  if (key === 'ArrowDown' || key === 'j') return consume(event, () => void focusNeighbour(1));
  if (!cell && (key === 'a' || key === 'b')) return consume(event, () => void insertCell('sql', null));
  if (!cell) return;
  if (key === 'a') return consume(event, () => void insertCell('sql', cell, 'above'));
  if (key === 'b') return consume(event, () => void insertCell('sql', cell, 'below'));
  if (key === 'Enter') return consume(event, () => void focusCell(cell, true));
  if (key === 'c') return consume(event, () => void insertCell('chart', cell, 'below'));
  if (key === 'd') {
    const now = Date.now();
    if (now - lastD < DOUBLE_D_MS) {
      lastD = 0;
      return consume(event, () => void removeCell(cell));
    }
    lastD = now;
    event.preventDefault();
  }
}

function consume(event: KeyboardEvent, action: () => unknown): void {
  event.preventDefault();
  event.stopPropagation();
  action();
}
