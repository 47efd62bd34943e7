// The chart cell kind: chosen inputs that follow deletes and duplicates, validation, and the
// saved file shape (round trip, and hostile settings refused with a path).
import { describe, expect, it } from 'vitest';
import { singleInputOf, tableCellsAbove } from '../../../src/core/cells/inputs';
import { validateCell } from '../../../src/core/cells/registry';
import { isSegbookError } from '../../../src/core/errors';
import { parseWorkbook, serializeWorkbook } from '../../../src/core/format';
import { analyzeWorkbook, planRun } from '../../../src/core/graph';
import { addCell, deleteCell, duplicateCell, renameCell, setCellInputs } from '../../../src/core/workbook/ops';
import type { ChartCell } from '../../../src/core/workbook/types';
import { chart, markdown, source, sql, workbook } from '../build';

const SETTINGS = {
  mode: 'builder' as const,
  chart: { mark: 'bar' as const, encodings: { x: { field: 'region', type: 'nominal' as const, sort: '-y' as const }, y: { type: 'quantitative' as const, aggregate: 'count' as const } } },
  spec: '{"mark":"bar"}',
  title: '지역별 주문',
};

describe('chart cells', () => {
  const wb = workbook(source('c1', 'orders'), sql('c2', 'big', 'SELECT * FROM orders'), markdown('c3', 'note'), chart('c4', 'by_region', 'c2', SETTINGS));

  it('reads the chosen input, which runs first', () => {
    const analysis = analyzeWorkbook(wb);
    expect(analysis.parents.get('c4')).toEqual(['c2']);
    expect(planRun(analysis, { mode: 'cell', id: 'c4' }, () => false)).toEqual(['c1', 'c2', 'c4']);
    expect((singleInputOf(wb.cells[3] as ChartCell, wb) as { name: string }).name).toBe('big');
  });

  it('offers only table cells above it, nearest first', () => {
    expect(tableCellsAbove(wb, 'c4').map((c) => c.name)).toEqual(['big', 'orders']);
  });

  it('keeps its input by id when the input is renamed, and loses it when the input is deleted', () => {
    const renamed = renameCell(wb, 'c2', 'bigger');
    expect(renamed.ok && renamed.workbook.cells[3]!.inputs).toEqual(['c2']);
    const deleted = deleteCell(wb, 'c2');
    const orphan = deleted.cells.find((c) => c.id === 'c4') as ChartCell;
    expect(orphan.inputs).toEqual([]);
    expect(validateCell(orphan, deleted)?.code).toBe('cell.noInput');
    expect(isSegbookError(singleInputOf(orphan, deleted))).toBe(true);
    // the file stays valid: no input names a missing cell
    expect(parseWorkbook(serializeWorkbook(deleted), 'x.json').ok).toBe(true);
  });

  it('duplicates with the same input and settings', () => {
    const { workbook: next, cell } = duplicateCell(wb, 'c4');
    expect(cell.inputs).toEqual(['c2']);
    expect(cell.settings).toEqual(SETTINGS);
    expect(next.cells.map((c) => c.name)).toContain('by_region_2');
  });

  it('refuses inputs that are itself or no cell, and is refused on sql cells', () => {
    expect(() => setCellInputs(wb, 'c4', ['c4'])).toThrow();
    expect(() => setCellInputs(wb, 'c4', ['c99'])).toThrow();
    expect(() => setCellInputs(wb, 'c2', ['c1'])).toThrow();
    expect(setCellInputs(wb, 'c4', ['c1']).cells[3]!.inputs).toEqual(['c1']);
  });

  it('starts as an empty bar chart', () => {
    const { cell } = addCell(wb, 'chart', { inputs: ['c1'] });
    expect(cell).toMatchObject({ kind: 'chart', name: 'chart', inputs: ['c1'], settings: { mode: 'builder', chart: { mark: 'bar', encodings: {} }, spec: '', title: '' } });
  });

  it('saves and reopens unchanged, Korean title included', () => {
    const text = serializeWorkbook(wb);
    const parsed = parseWorkbook(text, 'wb.segbook.json');
    expect(parsed.ok && parsed.workbook.cells[3]).toEqual(wb.cells[3]);
    expect(parsed.ok && serializeWorkbook(parsed.workbook)).toBe(text);
  });

  it.each([
    ['an unknown encoding option', (s: Record<string, any>) => (s.chart.encodings.x.axis = { labelAngle: 0 }), 'cells[3].settings.chart.encodings.x.axis'],
    ['an unknown channel', (s: Record<string, any>) => (s.chart.encodings.opacity = { type: 'nominal' }), 'cells[3].settings.chart.encodings.opacity'],
    ['an unknown mark', (s: Record<string, any>) => (s.chart.mark = 'tick'), 'cells[3].settings.chart.mark'],
    ['a __proto__ key', (s: Record<string, any>) => Object.defineProperty(s.chart, '__proto__', { value: { polluted: true }, enumerable: true }), 'cells[3].settings.chart.__proto__'],
    ['absurd maxbins', (s: Record<string, any>) => (s.chart.encodings.x.bin = { maxbins: 1e9 }), 'cells[3].settings.chart.encodings.x.bin'],
  ])('refuses a saved chart with %s, naming the path', (_, spoil, path) => {
    const file = JSON.parse(serializeWorkbook(wb));
    spoil(file.cells[3].settings);
    const parsed = parseWorkbook(JSON.stringify(file), 'bad.segbook.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.params.path).toBe(path);
  });
});
