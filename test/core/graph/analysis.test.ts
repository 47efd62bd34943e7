import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../src/core/graph';
import { markdown, source, sql, workbook } from '../build';

describe('analyzeWorkbook', () => {
  it('orders parents first, ties by notebook position', () => {
    const wb = workbook(
      sql('c4', 'report', 'SELECT * FROM joined'),
      sql('c3', 'joined', 'SELECT * FROM orders JOIN customers USING (id)'),
      markdown('c5', 'note'),
      source('c1', 'orders'),
      source('c2', 'customers'),
    );
    const a = analyzeWorkbook(wb);
    expect(a.order).toEqual(['c5', 'c1', 'c2', 'c3', 'c4']);
    expect(a.parents.get('c3')).toEqual(['c1', 'c2']);
    expect(a.children.get('c1')).toEqual(['c3']);
    expect(a.issues.size).toBe(0);
  });

  it('reports every cell of a 2-cycle and a 3-cycle with its own loop, and excludes them from the order', () => {
    const wb = workbook(
      sql('c1', 'a', 'SELECT * FROM b'),
      sql('c2', 'b', 'SELECT * FROM a'),
      sql('c3', 'x', 'SELECT * FROM z'),
      sql('c4', 'y', 'SELECT * FROM x'),
      sql('c5', 'z', 'SELECT * FROM y'),
      sql('c6', 'free', 'SELECT 1'),
    );
    const a = analyzeWorkbook(wb);
    const cycle = (id: string) => a.issues.get(id)?.params.cycle;
    expect(a.issues.get('c1')?.code).toBe('cell.cycle');
    expect(cycle('c1')).toBe('a → b → a');
    expect(cycle('c2')).toBe('b → a → b');
    expect(cycle('c3')).toBe('x → y → z → x');
    expect(cycle('c5')).toBe('z → x → y → z');
    expect(a.order).toEqual(['c6']);
  });

  it('shortens the message for a long cycle', () => {
    const cells = Array.from({ length: 100 }, (_, i) => sql(`c${i}`, `t${i}`, `FROM t${(i + 1) % 100}`));
    const a = analyzeWorkbook(workbook(...cells));
    const parts = String(a.issues.get('c0')?.params.cycle).split(' → ');
    expect(parts).toEqual(['t0', 't99', 't98', 't97', 't96', 't95', 't94', 't93', 't92', 't91', '…', 't0']);
    expect(a.issues.size).toBe(100);
  });

  it('reports a self-reference as a cycle', () => {
    const a = analyzeWorkbook(workbook(sql('c1', 'me', 'SELECT * FROM me')));
    expect(a.issues.get('c1')).toMatchObject({ code: 'cell.cycle', params: { cycle: 'me → me' } });
    expect(a.order).toEqual([]);
  });

  it('reports unknown names but not CTE names, and keeps such cells runnable in order', () => {
    const wb = workbook(
      source('c1', 'orders'),
      sql('c2', 'q', 'WITH recent AS (FROM orders) SELECT * FROM recent JOIN missing_t USING (id)'),
    );
    const a = analyzeWorkbook(wb);
    expect(a.issues.get('c2')).toMatchObject({ code: 'cell.unknownName', params: { name: 'missing_t' } });
    expect(a.order).toEqual(['c1', 'c2']);
  });

  it('reports duplicate (case-insensitive) and invalid names', () => {
    const a = analyzeWorkbook(workbook(sql('c1', 'Sales', 'SELECT 1'), sql('c2', 'sales', 'SELECT 2'), sql('c3', 'select', 'SELECT 3')));
    expect(a.issues.has('c1')).toBe(false);
    expect(a.issues.get('c2')).toMatchObject({ code: 'cell.duplicateName', params: { name: 'sales' } });
    expect(a.issues.get('c3')).toMatchObject({ code: 'cell.invalidName', params: { name: 'select' } });
  });

  it('handles a long chain without deep recursion', () => {
    const cells = [source('c0', 't0')];
    for (let i = 1; i < 3000; i++) cells.push(sql(`c${i.toString(36)}x`, `t${i}`, `SELECT * FROM t${i - 1}`));
    const a = analyzeWorkbook(workbook(...cells));
    expect(a.order.length).toBe(3000);
    expect(a.order.at(-1)).toBe(`c${(2999).toString(36)}x`);
  });
});
