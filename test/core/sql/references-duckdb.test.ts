// Cross-check: the table names DuckDB's own parser finds (BASE_TABLE nodes of
// json_serialize_sql, unqualified, minus CTEs) must equal findTableReferences.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteLiteral } from '../../../src/core/sql/quote';
import { findTableReferences } from '../../../src/core/sql/references';
import { REFERENCE_CASES } from './reference-cases';

let connection: DuckDBConnection;
let instance: DuckDBInstance;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** Unqualified base-table names in DuckDB's AST, or null if DuckDB cannot serialize the statement. */
async function duckdbTables(sql: string): Promise<string[] | null> {
  const reader = await connection.runAndReadAll(`SELECT json_serialize_sql(${quoteLiteral(sql)})`);
  const ast = JSON.parse(String(reader.getRows()[0]?.[0])) as { error?: boolean };
  if (ast.error) return null;
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as { type?: string; schema_name?: string; catalog_name?: string; table_name?: string };
      if (n.type === 'BASE_TABLE' && !n.schema_name && !n.catalog_name && n.table_name) found.push(n.table_name);
      Object.values(node).forEach(walk);
    }
  };
  walk(ast);
  return found;
}

const lowerSet = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));

describe('findTableReferences agrees with DuckDB’s parser', () => {
  it.each(REFERENCE_CASES)('%s', async (sql) => {
    const tables = await duckdbTables(sql);
    if (tables === null) return; // statements json_serialize_sql does not support (PIVOT)
    const { names, cteNames } = findTableReferences(sql);
    const ctes = lowerSet(cteNames);
    // DuckDB parses FROM 'file.csv' as a table (a replacement scan); a file path is never a cell.
    const cellTables = [...lowerSet(tables)].filter((n) => !ctes.has(n) && !/[./]/.test(n));
    expect(lowerSet(names)).toEqual(new Set(cellTables));
  });
});
