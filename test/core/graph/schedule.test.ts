import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, ancestors, blockedReason, changedCells, descendants, planRun } from '../../../src/core/graph';
import { renameCell, updateCellSettings, updateSource } from '../../../src/core/workbook/ops';
import { markdown, source, sql, workbook } from '../build';

// orders ─┬─ paid ── by_month ── chart_data
// custs ──┴─ joined
//           notes (markdown)
const base = workbook(
  source('c1', 'orders'),
  source('c2', 'custs'),
  sql('c3', 'paid', 'SELECT * FROM orders WHERE paid'),
  sql('c4', 'joined', 'SELECT * FROM paid JOIN custs USING (id)'),
  sql('c5', 'by_month', 'SELECT month, sum(x) FROM paid GROUP BY month'),
  sql('c6', 'chart_data', 'FROM by_month'),
  markdown('c7', 'notes', '# hi'),
);
const a = analyzeWorkbook(base);

describe('descendants and ancestors', () => {
  it('walk the graph without including the start cells', () => {
    expect(descendants(a, ['c3'])).toEqual(new Set(['c4', 'c5', 'c6']));
    expect(ancestors(a, ['c6'])).toEqual(new Set(['c5', 'c3', 'c1']));
    expect(ancestors(a, ['c4', 'c3'])).toEqual(new Set(['c1', 'c2']));
  });
});

describe('changedCells', () => {
  it('marks an edited cell; its descendants are the stale set', () => {
    const after = updateCellSettings(base, 'c3', { sql: 'SELECT * FROM orders WHERE NOT paid' });
    const changed = changedCells(base, after);
    expect(changed).toEqual(new Set(['c3']));
    const stale = new Set([...changed, ...descendants(analyzeWorkbook(after), changed)]);
    expect(stale).toEqual(new Set(['c3', 'c4', 'c5', 'c6']));
  });

  it('marks a renamed cell and the cells whose SQL was rewritten', () => {
    const renamed = renameCell(base, 'c3', 'paid_orders');
    if (!renamed.ok) throw new Error('rename failed');
    expect(changedCells(base, renamed.workbook)).toEqual(new Set(['c3', 'c4', 'c5']));
  });

  it('marks new cells and source cells whose attached source changed', () => {
    const after = updateSource(base, 's1', { options: { format: 'csv', csv: { encoding: 'euc-kr', delimiter: ',', header: true, quote: '"' } } });
    expect(changedCells(base, after)).toEqual(new Set(['c1']));
    expect(changedCells(workbook(), base)).toEqual(new Set(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']));
    expect(changedCells(base, base).size).toBe(0);
  });
});

describe('planRun', () => {
  const freshSet = (...ids: string[]) => (id: string) => ids.includes(id);

  it("'cell' runs the cell after its non-fresh ancestors, in order", () => {
    expect(planRun(a, { mode: 'cell', id: 'c6' }, freshSet())).toEqual(['c1', 'c3', 'c5', 'c6']);
    expect(planRun(a, { mode: 'cell', id: 'c6' }, freshSet('c1', 'c3'))).toEqual(['c5', 'c6']);
    expect(planRun(a, { mode: 'cell', id: 'c6' }, freshSet('c1', 'c3', 'c5', 'c6'))).toEqual(['c6']);
  });

  it("'all' runs every runnable cell, markdown included, cycles excluded", () => {
    expect(planRun(a, { mode: 'all' }, freshSet('c1'))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    const cyclic = analyzeWorkbook(workbook(sql('c1', 'a', 'FROM b'), sql('c2', 'b', 'FROM a'), sql('c3', 'c', 'SELECT 1')));
    expect(planRun(cyclic, { mode: 'all' }, freshSet())).toEqual(['c3']);
  });

  it("'stale' runs stale cells, their non-fresh ancestors and all their descendants", () => {
    const isFresh = freshSet('c1', 'c3', 'c4', 'c5', 'c6', 'c7');
    expect(planRun(a, { mode: 'stale', stale: new Set(['c2']) }, isFresh)).toEqual(['c2', 'c4']);
    expect(planRun(a, { mode: 'stale', stale: new Set(['c5']) }, freshSet('c3', 'c6'))).toEqual(['c1', 'c5', 'c6']);
    expect(planRun(a, { mode: 'stale', stale: new Set() }, isFresh)).toEqual([]);
  });
});

describe('blockedReason', () => {
  it('names the nearest failed ancestor', () => {
    expect(blockedReason(a, 'c6', new Set(['c1', 'c5']))).toMatchObject({ code: 'cell.blocked', params: { upstream: 'by_month' } });
    expect(blockedReason(a, 'c6', new Set(['c1']))).toMatchObject({ params: { upstream: 'orders' } });
    expect(blockedReason(a, 'c4', new Set(['c2', 'c1']))).toMatchObject({ params: { upstream: 'custs' } });
  });

  it('is null when no ancestor failed, or only the cell itself did', () => {
    expect(blockedReason(a, 'c6', new Set(['c2', 'c4']))).toBeNull();
    expect(blockedReason(a, 'c3', new Set(['c3']))).toBeNull();
  });
});
