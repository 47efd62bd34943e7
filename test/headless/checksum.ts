// An order-independent fingerprint of a table's contents, to compare two engines' results.
import { quoteIdent } from '../../src/core/sql/quote';
import type { ColumnInfo } from '../../src/core/workbook/import-options';
import { decodeRows } from '../../src/engine/arrow';
import type { EngineApi } from '../../src/engine/protocol';

/**
 * Row count and the sum of per-row hashes. Floating-point columns are rounded first: a
 * parallel sum may differ in its last bits between engines without the result being different.
 */
export async function tableChecksum(engine: EngineApi, table: string, columns: ColumnInfo[]): Promise<{ rows: number; hash: string }> {
  const values = columns.map(({ name, type }) => (/^(DOUBLE|FLOAT|REAL)$/.test(type) ? `round(${quoteIdent(name)}, 6)` : quoteIdent(name)));
  const sql = `SELECT count(*)::DOUBLE, coalesce(sum(hash(${values.join(', ')})), 0)::VARCHAR FROM ${quoteIdent(table)}`;
  const [rows, hash] = decodeRows((await engine.query(sql)).ipc).rows[0] as [number, string];
  return { rows, hash };
}
