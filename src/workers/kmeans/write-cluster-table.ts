// Writes the labels back into DuckDB as the cell's table (browser and headless alike): the CSV
// bytes become a scratch table, joined to the input; the scratch table and file are dropped.
import type { ColumnInfo } from '../../core/workbook/import-options';
import type { EngineApi } from '../../engine/protocol';
import { quoteIdent } from '../../core/sql/quote';
import { clusterTableSql } from './cluster-table-sql';

export interface WriteClusterTable {
  table: string;
  input: string;
  inputColumns: ColumnInfo[];
  idColumn: string | null;
  labelsCsv: Uint8Array;
  names: string[];
  queryId?: string;
}

const LABEL_TYPES = { row: 'BIGINT', cluster: 'INTEGER', distance: 'DOUBLE' };

export async function writeClusterTable(engine: EngineApi, w: WriteClusterTable): Promise<void> {
  const scratch = `__segbook_labels_${w.table}`;
  const file = `${scratch}.csv`;
  await engine.registerFile(file, w.labelsCsv);
  try {
    await engine.importFile(
      { file, table: scratch, options: { format: 'csv', csv: { encoding: 'utf-8', delimiter: ',', header: true, quote: '"', columnTypes: LABEL_TYPES } } },
      w.queryId,
    );
    await engine.exec(clusterTableSql({ table: w.table, input: w.input, inputColumns: w.inputColumns, labels: scratch, idColumn: w.idColumn, names: w.names }), w.queryId);
  } finally {
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(scratch)}`).catch(() => undefined);
    await engine.dropFile(file).catch(() => undefined);
  }
}
