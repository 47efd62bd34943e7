// Helpers for running compiled SQL in a test engine (clean and join tests share them).

import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { quoteIdent } from '../../../src/core/sql/quote';
import { decodeRows } from '../../../src/engine/arrow';
import type { EngineApi } from '../../../src/engine/protocol';

export type Engine = EngineApi & { close?(): Promise<void> };
export type ResultRow = Record<string, unknown>;

/** The compiled value, or a failed test naming the problem. */
export function unwrap<T extends object>(result: T): Exclude<T, { problem: unknown }> {
  if ('problem' in result) throw new Error(`unexpected problem ${JSON.stringify(result.problem)}`);
  return result as Exclude<T, { problem: unknown }>;
}

export async function rowsOf(engine: Engine, sql: string): Promise<ResultRow[]> {
  const { columns, rows } = decodeRows((await engine.query(sql)).ipc);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
}

export async function describeTable(engine: Engine, table: string): Promise<ColumnInfo[]> {
  return (await rowsOf(engine, `DESCRIBE ${quoteIdent(table)}`)).map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}
