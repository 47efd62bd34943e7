// Runs compiled SQL and returns plain records (column name -> JS value).

import { decodeRows } from '../../../src/engine/arrow';
import type { EngineApi } from '../../../src/engine/protocol';

export type ResultRecord = Record<string, unknown>;

export async function queryRecords(engine: EngineApi, sql: string): Promise<ResultRecord[]> {
  const { columns, rows } = decodeRows((await engine.query(sql)).ipc);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
}

/** The SQL of a compile result; a problem fails the test with its code. */
export function sqlOf(result: { sql: string } | { problem: { code: string } }): string {
  if (!('sql' in result)) throw new Error(`unexpected problem ${JSON.stringify(result.problem)}`);
  return result.sql;
}
