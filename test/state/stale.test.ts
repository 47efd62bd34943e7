import { describe, expect, it } from 'vitest';
import { addCell, addSource, newWorkbook, updateCellSettings, updateSource } from '../../src/core/workbook/ops';
import type { Workbook } from '../../src/core/workbook/types';
import { affectedCells, cellsWithChangedSourceOptions } from '../../src/state/stale';

function chain(): { wb: Workbook; source: string; src: string; a: string; b: string; other: string } {
  let wb = newWorkbook('en', 't');
  const s = addSource(wb, { fileName: 'orders.csv', options: { format: 'csv', csv: { encoding: 'utf-8', delimiter: ',', header: true, quote: '"' } } }, { name: 'orders' });
  wb = s.workbook;
  const a = addCell(wb, 'sql', { name: 'a', settings: { sql: 'SELECT * FROM orders' } });
  wb = a.workbook;
  const b = addCell(wb, 'sql', { name: 'b', settings: { sql: 'SELECT count(*) FROM a' } });
  wb = b.workbook;
  const other = addCell(wb, 'sql', { name: 'other', settings: { sql: 'SELECT 1' } });
  return { wb: other.workbook, source: s.source.id, src: s.cell.id, a: a.cell.id, b: b.cell.id, other: other.cell.id };
}

describe('stale marking', () => {
  it('marks an edited cell and everything downstream, not unrelated cells', () => {
    const { wb, a, b, other } = chain();
    const after = updateCellSettings(wb, a, { sql: 'SELECT * FROM orders WHERE 1 = 1' });
    expect(affectedCells(wb, after)).toEqual(new Set([a, b]));
    expect(affectedCells(wb, after).has(other)).toBe(false);
  });

  it('an edited import option makes the source cell and its readers stale', () => {
    const { wb, source, src, a, b } = chain();
    const after = updateSource(wb, source, { options: { format: 'csv', csv: { encoding: 'euc-kr', delimiter: ',', header: true, quote: '"' } } });
    expect(cellsWithChangedSourceOptions(wb, after)).toEqual([src]);
    expect(affectedCells(wb, after)).toEqual(new Set([src, a, b]));
  });

  it('a new fingerprint alone changes nothing', () => {
    const { wb, source } = chain();
    const after = updateSource(wb, source, { fingerprint: { size: 1, rowCount: 1, columns: [], sampleHash: '0'.repeat(64) } });
    expect(affectedCells(wb, after).size).toBe(0);
  });
});
