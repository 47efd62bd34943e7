import { describe, expect, it } from 'vitest';
import { CELL_KINDS, compileCell, validateCell } from '../../../src/core/cells/registry';
import { markdown, source, sql, workbook } from '../build';

describe('cell registry', () => {
  it('has defaults for every kind', () => {
    expect(Object.keys(CELL_KINDS).sort()).toEqual(['behaviour', 'chart', 'clean', 'cluster', 'filter', 'join', 'lifecycle', 'markdown', 'profile', 'rfm', 'source', 'sql']);
    expect(CELL_KINDS.sql.defaultSettings()).toEqual({ sql: '' });
  });

  it('compiles a sql cell without trailing semicolons and comments', () => {
    const cell = sql('c1', 'q', "-- top note\nSELECT ';' AS s, 1 -- one\nFROM t ; -- done\n;\n/* end */\n");
    expect(compileCell(cell)).toEqual({ sql: "-- top note\nSELECT ';' AS s, 1 -- one\nFROM t" });
  });

  it('compiles nothing for source and markdown cells', () => {
    expect(compileCell(source('c1', 'orders'))).toBeNull();
    expect(compileCell(markdown('c2', 'note', '# x'))).toBeNull();
  });

  it('validates sql: one statement required', () => {
    const wb = workbook();
    expect(validateCell(sql('c1', 'q', 'SELECT 1;'), wb)).toBeNull();
    expect(validateCell(sql('c1', 'q', "SELECT ';'; -- x"), wb)).toBeNull();
    expect(validateCell(sql('c1', 'q', 'SELECT 1; SELECT 2'), wb)).toMatchObject({
      code: 'cell.multipleStatements',
      params: { name: 'q', count: 2 },
    });
    expect(validateCell(sql('c1', 'q', ' -- nothing\n;'), wb)).toMatchObject({ code: 'cell.emptySql' });
  });

  it('validates that a source cell points at a source', () => {
    const cell = source('c1', 'orders');
    expect(validateCell(cell, workbook(cell))).toBeNull();
    expect(validateCell(cell, workbook())).toMatchObject({ code: 'cell.missingSource' });
  });
});
