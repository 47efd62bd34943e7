import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCellName, quoteIdent, quoteIdentIfNeeded, quoteLiteral } from '../../../src/core/sql/quote';
import { splitStatements, stripTrailing } from '../../../src/core/sql/statements';

let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

const odd = ['my "odd" name', "it's", '고객 목록', 'a;b--c', '""', 'select', ' lead', 'back\\slash'];

describe('quoting', () => {
  it('writes the documented forms', () => {
    expect(quoteIdent('my "odd" name')).toBe('"my ""odd"" name"');
    expect(quoteLiteral("it's")).toBe("'it''s'");
  });

  it.each(odd)('quoteIdent(%j) names exactly that table in DuckDB', async (name) => {
    await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT 1 AS x`);
    const rows = (await db.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE table_name = ${quoteLiteral(name)}`)).getRows();
    expect(rows).toEqual([[name]]);
    await db.run(`DROP TABLE ${quoteIdent(name)}`);
  });

  it.each(odd)('quoteLiteral(%j) reads back unchanged', async (value) => {
    const rows = (await db.runAndReadAll(`SELECT ${quoteLiteral(value)}`)).getRows();
    expect(rows).toEqual([[value]]);
  });

  it.each(['orders', '고객_목록', 'time', 'select', 'My Table', 'a"b'])('quoteIdentIfNeeded(%j) works bare or quoted', async (name) => {
    await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT 1 AS x`);
    expect((await db.runAndReadAll(`SELECT x FROM ${quoteIdentIfNeeded(name)}`)).getRows()).toEqual([[1]]);
  });
});

describe('isValidCellName', () => {
  it.each([
    ['orders', true], ['_2024', true], ['고객_목록', true], ['Ünïcode', true], ['time', true],
    ['2024', false], ['my table', false], ['a-b', false], ['', false], ['select', false], ['JOIN', false],
    ['x'.repeat(63), true], ['x'.repeat(64), false],
  ])('%j -> %s', (name, valid) => {
    expect(isValidCellName(name)).toBe(valid);
  });
});

describe('statements', () => {
  it('splits on semicolons outside strings and comments', () => {
    const text = "SELECT ';' AS a; -- one; two\nSELECT $$;$$ /* ; */;;  ";
    expect(splitStatements(text).map((s) => s.text)).toEqual(["SELECT ';' AS a", 'SELECT $$;$$']);
    expect(splitStatements(' -- only a comment\n ; ')).toEqual([]);
  });

  it('strips trailing semicolons and comments so the text can be wrapped', async () => {
    const text = 'SELECT 1 AS x -- note\n; /* end */ -- more\n';
    expect(stripTrailing(text)).toBe('SELECT 1 AS x');
    await db.run(`CREATE OR REPLACE TABLE t AS ${stripTrailing(text)}`);
    expect((await db.runAndReadAll('SELECT x FROM t')).getRows()).toEqual([[1]]);
  });
});
