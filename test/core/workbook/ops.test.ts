import { describe, expect, it } from 'vitest';
import type { Source, Workbook } from '../../../src/core/workbook/types';
import {
  addCell, addSource, deleteCell, duplicateCell, moveCell, newWorkbook, renameCell, setTitle,
  uniqueCellName, updateCellSettings, updateSource,
} from '../../../src/core/workbook/ops';
import { analyzeWorkbook } from '../../../src/core/graph';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Runs an op on a frozen copy and checks the input is deep-equal afterwards. */
function pure<R>(wb: Workbook, op: (w: Workbook) => R): R {
  const before = structuredClone(wb);
  const frozen = deepFreeze(structuredClone(wb));
  const result = op(frozen);
  expect(frozen).toEqual(before);
  return result;
}

const csvSource = (fileName: string): Omit<Source, 'id'> => ({
  fileName,
  options: { format: 'csv', csv: { encoding: 'utf-8', delimiter: ',', header: true, quote: '"' } },
});

/** orders (source) -> paid (sql) -> report (sql), plus a note. */
function sample() {
  let wb = newWorkbook('en', 'Test');
  const orders = addSource(wb, csvSource('Orders.csv'));
  wb = orders.workbook;
  const paid = addCell(wb, 'sql', { name: 'paid', settings: { sql: 'SELECT * FROM orders WHERE paid' } });
  wb = paid.workbook;
  const report = addCell(wb, 'sql', { name: 'report', settings: { sql: 'SELECT count(*) FROM paid p JOIN orders USING (id)' } });
  wb = report.workbook;
  const note = addCell(wb, 'markdown', { after: null });
  return { wb: note.workbook, orders: orders.cell, source: orders.source, paid: paid.cell, report: report.cell, note: note.cell };
}

describe('uniqueCellName', () => {
  it.each([
    ['Online Retail.csv', [], 'online_retail'],
    ['고객 목록.xlsx', [], '고객_목록'],
    ['orders.csv.gz', [], 'orders'],
    ['2024 Sales (final).CSV', [], '_2024_sales_final'],
    ['Café-Umsätze.parquet', [], 'cafe_umsatze'],
    ['select.csv', [], 'select_'],
    ['...', [], 'data'],
    ['orders.csv', ['Orders'], 'orders_2'],
    ['orders.csv', ['orders', 'ORDERS_2'], 'orders_3'],
  ])('%s (taken %j) -> %s', (base, taken, expected) => {
    expect(uniqueCellName(base, taken)).toBe(expected);
  });

  it('stays within the name length limit', () => {
    expect(uniqueCellName('x'.repeat(300), []).length).toBeLessThanOrEqual(63);
  });
});

describe('edit operations', () => {
  it('newWorkbook is empty, current-version and titled by locale', () => {
    expect(newWorkbook('ko')).toMatchObject({ format: 'segbook.workbook', version: 1, locale: 'ko', cells: [], sources: [] });
    expect(newWorkbook('en', 'Q3').title).toBe('Q3');
  });

  it('addSource adds a source and a source cell named from the file', () => {
    const { wb, orders, source } = sample();
    expect(orders).toMatchObject({ kind: 'source', name: 'orders', settings: { source: source.id } });
    expect(source.id).toMatch(/^s[0-9a-z]+$/);
    expect(wb.sources).toEqual([source]);
  });

  it('addCell places cells, derives sql inputs and gives unique names and ids', () => {
    const { wb, orders, paid, report, note } = sample();
    expect(wb.cells.map((c) => c.id)).toEqual([note.id, orders.id, paid.id, report.id]);
    expect(paid.inputs).toEqual([orders.id]);
    expect(report.inputs).toEqual([paid.id, orders.id]);
    const two = pure(wb, (w) => addCell(w, 'sql', { after: orders.id }));
    const three = addCell(two.workbook, 'sql');
    expect([two.cell.name, three.cell.name]).toEqual(['query', 'query_2']);
    expect(two.workbook.cells[2]?.id).toBe(two.cell.id);
    expect(new Set(three.workbook.cells.map((c) => c.id)).size).toBe(6);
  });

  it('addCell links sql cells that were waiting for the new name', () => {
    let wb = addCell(newWorkbook('en'), 'sql', { name: 'q', settings: { sql: 'FROM later' } }).workbook;
    expect(analyzeWorkbook(wb).issues.get(wb.cells[0]!.id)?.code).toBe('cell.unknownName');
    const later = addCell(wb, 'sql', { name: 'later', settings: { sql: 'SELECT 1' } });
    wb = later.workbook;
    expect(wb.cells[0]!.inputs).toEqual([later.cell.id]);
  });

  it('updateCellSettings re-derives sql inputs; unknown names are not inputs', () => {
    const { wb, paid, orders } = sample();
    const next = pure(wb, (w) => updateCellSettings(w, paid.id, { sql: 'SELECT * FROM orders, nowhere, paid' }));
    const cell = next.cells.find((c) => c.id === paid.id)!;
    expect(cell.settings).toEqual({ sql: 'SELECT * FROM orders, nowhere, paid' });
    expect(cell.inputs).toEqual([orders.id, paid.id]);
  });

  it('updateCellSettings refuses settings of another kind', () => {
    const { wb, paid } = sample();
    expect(() => updateCellSettings(wb, paid.id, { text: 'x' })).toThrow(/sql/);
  });

  it('does not link sql to a markdown cell’s name: that name is no table', () => {
    const { wb, note } = sample();
    const q = addCell(wb, 'sql', { settings: { sql: `SELECT * FROM ${note.name}` } });
    expect(q.cell.inputs).toEqual([]);
    expect(analyzeWorkbook(q.workbook).issues.get(q.cell.id)).toMatchObject({ code: 'cell.unknownName', params: { name: 'note' } });
  });

  it('updateSource patches one source and keeps its id', () => {
    const { wb, source } = sample();
    const next = pure(wb, (w) => updateSource(w, source.id, { fileName: 'Orders-2.csv', url: 'data/o.csv' }));
    expect(next.sources[0]).toMatchObject({ id: source.id, fileName: 'Orders-2.csv', url: 'data/o.csv' });
  });

  it('renameCell rewrites downstream SQL and keeps inputs', () => {
    const { wb, orders, paid, report } = sample();
    const result = pure(wb, (w) => renameCell(w, orders.id, 'sales'));
    if (!result.ok) throw new Error(result.error.code);
    const byId = new Map(result.workbook.cells.map((c) => [c.id, c]));
    expect(byId.get(paid.id)?.settings).toEqual({ sql: 'SELECT * FROM sales WHERE paid' });
    expect(byId.get(report.id)?.settings).toEqual({ sql: 'SELECT count(*) FROM paid p JOIN sales USING (id)' });
    expect(byId.get(report.id)?.inputs).toEqual([paid.id, orders.id]);
    expect(analyzeWorkbook(result.workbook).issues.size).toBe(0);
  });

  it('renameCell refuses invalid and duplicate names, but allows a change of case', () => {
    const { wb, paid } = sample();
    expect(renameCell(wb, paid.id, '1abc')).toMatchObject({ ok: false, error: { code: 'cell.invalidName', params: { name: '1abc' } } });
    expect(renameCell(wb, paid.id, 'from')).toMatchObject({ ok: false, error: { code: 'cell.invalidName' } });
    expect(renameCell(wb, paid.id, 'ORDERS')).toMatchObject({ ok: false, error: { code: 'cell.duplicateName' } });
    expect(renameCell(wb, paid.id, 'Paid')).toMatchObject({ ok: true });
    expect(renameCell(wb, paid.id, '결제_주문')).toMatchObject({ ok: true });
  });

  it('moveCell moves and clamps', () => {
    const { wb, note, report } = sample();
    expect(pure(wb, (w) => moveCell(w, note.id, 2)).cells.map((c) => c.name)).toEqual(['orders', 'paid', 'note', 'report']);
    expect(moveCell(wb, report.id, -5).cells[0]?.id).toBe(report.id);
    expect(moveCell(wb, note.id, 99).cells.at(-1)?.id).toBe(note.id);
  });

  it('duplicateCell copies settings under a new id and name right after the original', () => {
    const { wb, paid } = sample();
    const { workbook, cell } = pure(wb, (w) => duplicateCell(w, paid.id));
    expect(cell).toMatchObject({ kind: 'sql', name: 'paid_2', settings: paid.settings, inputs: paid.inputs });
    expect(cell.id).not.toBe(paid.id);
    expect(workbook.cells.findIndex((c) => c.id === cell.id)).toBe(workbook.cells.findIndex((c) => c.id === paid.id) + 1);
  });

  it('deleteCell leaves dangling names for the graph, and drops an unused source', () => {
    const { wb, orders, paid, source } = sample();
    const dup = duplicateCell(wb, orders.id).workbook;
    const once = deleteCell(dup, orders.id);
    expect(once.sources).toEqual([source]); // the duplicate still uses it
    const next = pure(wb, (w) => deleteCell(w, orders.id));
    expect(next.sources).toEqual([]);
    const paidAfter = next.cells.find((c) => c.id === paid.id)!;
    expect(paidAfter.inputs).toEqual([]);
    expect(analyzeWorkbook(next).issues.get(paid.id)).toMatchObject({ code: 'cell.unknownName', params: { name: 'orders' } });
  });

  it('deleteCell drops embedded data of a dropped source', () => {
    const { wb, orders, source } = sample();
    const withData: Workbook = { ...wb, data: { [source.id]: { encoding: 'csv.gz', base64: 'AAAA' } } };
    expect(deleteCell(withData, orders.id).data).toBeUndefined();
  });

  it('setTitle', () => {
    expect(pure(sample().wb, (w) => setTitle(w, '고객 세분화')).title).toBe('고객 세분화');
  });

  it('never reuses an id held by the workbook', () => {
    let wb = newWorkbook('en');
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const added = addCell(wb, 'markdown');
      ids.add(added.cell.id);
      wb = added.workbook;
    }
    expect(ids.size).toBe(200);
  });
});
