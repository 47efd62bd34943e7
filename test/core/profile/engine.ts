// Opens a DuckDB engine holding the test customers, and runs compiled SQL on it.

import { expect } from 'vitest';
import { decodeRows } from '../../../src/engine/arrow';
import type { EngineApi } from '../../../src/engine/protocol';
import type { ColumnInfo } from '../../../src/core/workbook/import-options';
import { createTableSql, TABLE, type Customer } from './dataset';

export type TestEngine = EngineApi & { close?(): Promise<void> };

export async function loadCustomers(engine: TestEngine, customers: readonly Customer[], table = TABLE): Promise<ColumnInfo[]> {
  for (const statement of createTableSql(customers, table)) await engine.exec(statement);
  return (await engine.listTables()).find((t) => t.name === table)!.columns;
}

export async function decoded(engine: TestEngine, sql: string) {
  return decodeRows((await engine.query(sql)).ipc);
}

/** The compiled result's SQL, failing the test on a problem. */
export function sqlOf<C extends object | null>(compiled: C): Exclude<C, { problem: unknown } | null> {
  if (compiled === null || 'problem' in compiled) throw new Error(`expected SQL, got ${JSON.stringify(compiled)}`);
  return compiled as Exclude<C, { problem: unknown } | null>;
}

export function expectNumber(actual: number | null, wanted: number | null, what: string) {
  if (wanted === null) expect(actual, what).toBeNull();
  else expect(actual, what).toBeCloseTo(wanted, 9);
}
