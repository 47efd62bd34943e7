// The compiled text of a sql cell must work after `CREATE OR REPLACE TABLE name AS`,
// exactly as the engine runs it.

import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { compileCell } from '../../../src/core/cells/registry';
import { quoteIdent } from '../../../src/core/sql/quote';
import { sql } from '../build';

describe('compiled sql cells run in DuckDB', () => {
  it.each([
    'SELECT 42 AS x;',
    'SELECT 42 AS x -- trailing note',
    'SELECT 42 AS x /* block */ ;; -- and more\n',
    "-- leading note\nFROM (SELECT 42 AS x, ';' AS s)",
    'WITH t AS (SELECT 42 AS x) SELECT * FROM t ;',
  ])('%j', async (text) => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const compiled = compileCell(sql('c1', '결과', text));
    if (compiled === null) throw new Error('sql cells compile');
    await db.run(`CREATE OR REPLACE TABLE ${quoteIdent('결과')} AS ${compiled.sql}`);
    expect((await db.runAndReadAll('SELECT x FROM 결과')).getRows()).toEqual([[42]]);
    db.closeSync();
    instance.closeSync();
  });
});
