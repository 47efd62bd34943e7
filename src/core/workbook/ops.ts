// Pure edit operations on a Workbook: each returns new objects and leaves its
// input untouched, so the store can keep the old value for undo.

import { CELL_KINDS } from '../cells/registry';
import { segbookError, type SegbookError } from '../errors';
import { isValidCellName } from '../sql/quote';
import { referencesTable, renameTableReference } from '../sql/references';
import { newId } from './ids';
import { deriveInputs, relinkInputs } from './links';
import { uniqueCellName } from './names';
import {
  WORKBOOK_FORMAT,
  WORKBOOK_VERSION,
  type Cell,
  type CellId,
  type CellKind,
  type Source,
  type SourceCell,
  type SourceId,
  type Workbook,
} from './types';

export { uniqueCellName } from './names';

const DEFAULT_TITLE = { ko: '제목 없는 워크북', en: 'Untitled workbook' } as const;

export function newWorkbook(locale: 'ko' | 'en', title?: string): Workbook {
  return {
    format: WORKBOOK_FORMAT,
    version: WORKBOOK_VERSION,
    title: title ?? DEFAULT_TITLE[locale],
    locale,
    cells: [],
    sources: [],
  };
}

const allIds = (wb: Workbook): string[] => [...wb.cells.map((c) => c.id), ...wb.sources.map((s) => s.id)];
const indexOf = (wb: Workbook, id: CellId): number => wb.cells.findIndex((c) => c.id === id);

function requireCell(wb: Workbook, id: CellId): Cell {
  const cell = wb.cells.find((c) => c.id === id);
  if (!cell) throw new Error(`No cell with id ${id}`);
  return cell;
}

/** after: undefined appends, null inserts at the top, an id inserts after that cell (or appends if gone). */
function insertCell(cells: readonly Cell[], cell: Cell, after: CellId | null | undefined): Cell[] {
  const found = after ? cells.findIndex((c) => c.id === after) : -1;
  const index = after === null ? 0 : found < 0 ? cells.length : found + 1;
  return [...cells.slice(0, index), cell, ...cells.slice(index)];
}

/** Settings for a new cell of `kind`, with sql inputs derived from the text. */
function makeCell(wb: Workbook, kind: CellKind, name: string, settings: object | undefined, inputs: CellId[] = []): Cell {
  const id = newId('c', allIds(wb));
  const base = { id, name, inputs: [...inputs] };
  switch (kind) {
    case 'source':
      return { ...base, kind, settings: { ...CELL_KINDS.source.defaultSettings(), ...settings } };
    case 'markdown':
      return { ...base, kind, settings: { ...CELL_KINDS.markdown.defaultSettings(), ...settings } };
    case 'sql': {
      const sql = { ...CELL_KINDS.sql.defaultSettings(), ...settings };
      return { ...base, kind, settings: sql, inputs: deriveInputs(sql.sql, wb.cells) };
    }
    case 'chart':
      return { ...base, kind, settings: { ...CELL_KINDS.chart.defaultSettings(), ...settings } };
    case 'filter':
      return { ...base, kind, settings: { ...CELL_KINDS.filter.defaultSettings(), ...settings } };
    case 'rfm':
      return { ...base, kind, settings: { ...CELL_KINDS.rfm.defaultSettings(), ...settings } };
    case 'clean':
      return { ...base, kind, settings: { ...CELL_KINDS.clean.defaultSettings(), ...settings } };
    case 'join':
      return { ...base, kind, settings: { ...CELL_KINDS.join.defaultSettings(), ...settings } };
    case 'lifecycle':
      return { ...base, kind, settings: { ...CELL_KINDS.lifecycle.defaultSettings(), ...settings } };
    case 'behaviour':
      return { ...base, kind, settings: { ...CELL_KINDS.behaviour.defaultSettings(), ...settings } as Extract<Cell, { kind: 'behaviour' }>['settings'] };
    case 'profile':
      return { ...base, kind, settings: { ...CELL_KINDS.profile.defaultSettings(), ...settings } };
    case 'cluster':
      return { ...base, kind, settings: { ...CELL_KINDS.cluster.defaultSettings(), ...settings } };
  }
}

export function addCell(
  wb: Workbook,
  kind: CellKind,
  opts: { after?: CellId | null; name?: string; settings?: object; inputs?: CellId[] } = {},
): { workbook: Workbook; cell: Cell } {
  const name = uniqueCellName(opts.name ?? CELL_KINDS[kind].defaultName, wb.cells.map((c) => c.name));
  const made = makeCell(wb, kind, name, opts.settings, opts.inputs);
  const workbook = relinkInputs({ ...wb, cells: insertCell(wb.cells, made, opts.after) });
  return { workbook, cell: requireCell(workbook, made.id) };
}

export function addSource(
  wb: Workbook,
  source: Omit<Source, 'id'>,
  opts: { after?: CellId | null; name?: string } = {},
): { workbook: Workbook; source: Source; cell: SourceCell } {
  const saved: Source = { ...source, id: newId('s', allIds(wb)) };
  const withSource = { ...wb, sources: [...wb.sources, saved] };
  const added = addCell(withSource, 'source', { after: opts.after, name: opts.name ?? source.fileName, settings: { source: saved.id } });
  return { workbook: added.workbook, source: saved, cell: added.cell as SourceCell };
}

export function updateSource(wb: Workbook, id: SourceId, patch: Partial<Omit<Source, 'id'>>): Workbook {
  if (!wb.sources.some((s) => s.id === id)) throw new Error(`No source with id ${id}`);
  return { ...wb, sources: wb.sources.map((s) => (s.id === id ? { ...s, ...patch, id } : s)) };
}

export function updateCellSettings(wb: Workbook, id: CellId, settings: Cell['settings']): Workbook {
  const cell = requireCell(wb, id);
  const expected = Object.keys(CELL_KINDS[cell.kind].defaultSettings());
  if (!expected.every((key) => key in settings)) {
    throw new Error(`Settings for a ${cell.kind} cell need ${expected.join(', ')}`);
  }
  const updated = {
    ...cell,
    settings: { ...settings },
    inputs: cell.kind === 'sql' && 'sql' in settings ? deriveInputs(settings.sql, wb.cells) : cell.inputs,
  } as Cell;
  return { ...wb, cells: wb.cells.map((c) => (c.id === id ? updated : c)) };
}

/** Inputs of a kind that chooses them (a chart's table); sql cells derive theirs from the SQL. */
export function setCellInputs(wb: Workbook, id: CellId, inputs: CellId[]): Workbook {
  const cell = requireCell(wb, id);
  if (cell.kind === 'sql') throw new Error('A sql cell reads the tables its SQL names');
  if (inputs.some((input) => input === id || !wb.cells.some((c) => c.id === input))) throw new Error(`Unknown input in ${inputs.join(', ')}`);
  return { ...wb, cells: wb.cells.map((c) => (c.id === id ? ({ ...c, inputs: [...inputs] } as Cell) : c)) };
}

export function renameCell(
  wb: Workbook,
  id: CellId,
  name: string,
): { ok: true; workbook: Workbook } | { ok: false; error: SegbookError } {
  const cell = requireCell(wb, id);
  if (!isValidCellName(name)) return { ok: false, error: segbookError('cell.invalidName', { name }) };
  const clash = wb.cells.some((c) => c.id !== id && c.name.toLowerCase() === name.toLowerCase());
  if (clash) return { ok: false, error: segbookError('cell.duplicateName', { name }) };
  // Cells that read the old name follow the rename (a self-reference too); a markdown
  // cell's name is no table, so text that mentions it is not about this cell.
  const isTable = CELL_KINDS[cell.kind].producesTable;
  const cells = wb.cells.map((c): Cell => {
    if (c.id === id) return { ...c, name };
    if (c.kind !== 'sql' || !isTable) return c;
    if (!c.inputs.includes(id) && !referencesTable(c.settings.sql, cell.name)) return c;
    return { ...c, settings: { ...c.settings, sql: renameTableReference(c.settings.sql, cell.name, name) } };
  });
  return { ok: true, workbook: relinkInputs({ ...wb, cells }) };
}

export function moveCell(wb: Workbook, id: CellId, toIndex: number): Workbook {
  const from = indexOf(wb, id);
  if (from < 0) throw new Error(`No cell with id ${id}`);
  const cells = wb.cells.filter((c) => c.id !== id);
  const to = Math.max(0, Math.min(cells.length, Math.trunc(toIndex)));
  cells.splice(to, 0, wb.cells[from] as Cell);
  return { ...wb, cells };
}

export function duplicateCell(wb: Workbook, id: CellId): { workbook: Workbook; cell: Cell } {
  const cell = requireCell(wb, id);
  return addCell(wb, cell.kind, { after: id, name: cell.name, settings: structuredClone(cell.settings), inputs: cell.inputs });
}

/** Cells that read the deleted one keep its name in their SQL (the graph reports it as unknown); other kinds lose the input. */
export function deleteCell(wb: Workbook, id: CellId): Workbook {
  const cell = requireCell(wb, id);
  const cells = wb.cells.filter((c) => c.id !== id);
  let next: Workbook = { ...wb, cells };
  if (cell.kind === 'source') {
    const sourceId = cell.settings.source;
    const stillUsed = cells.some((c) => c.kind === 'source' && c.settings.source === sourceId);
    if (!stillUsed) next = dropSource(next, sourceId);
  }
  return relinkInputs(next);
}

function dropSource(wb: Workbook, sourceId: SourceId): Workbook {
  const next: Workbook = { ...wb, sources: wb.sources.filter((s) => s.id !== sourceId) };
  if (wb.data && sourceId in wb.data) {
    const data = Object.fromEntries(Object.entries(wb.data).filter(([key]) => key !== sourceId));
    if (Object.keys(data).length > 0) next.data = data;
    else delete next.data;
  }
  return next;
}

export function setTitle(wb: Workbook, title: string): Workbook {
  return { ...wb, title };
}
