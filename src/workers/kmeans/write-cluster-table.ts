// Writes the labels back into DuckDB as the cell's table (browser and headless alike): the
// labels' Arrow bytes become a hidden table, joined to the input with the cluster names. The app
// keeps that table, so renaming a cluster re-runs only the join (state/run-cluster.ts); the
// headless runner drops it at once.
import type { ColumnInfo } from '../../core/workbook/import-options';
import type { EngineApi } from '../../engine/protocol';
import { quoteIdent, quoteLiteral } from '../../core/sql/quote';
import { clusterTableSql } from './cluster-table-sql';

/** A cluster cell's labels table. Hidden: listTables leaves out names starting with __segbook. */
export const labelsTableName = (cellId: string): string => `__segbook_labels_${cellId}`;

export interface ClusterJoin {
  table: string;
  input: string;
  inputColumns: ColumnInfo[];
  idColumn: string | null;
  /** The labels table (see labels-ipc.ts for its columns). */
  labels: string;
  /** Name of cluster c + 1 at index c. */
  names: string[];
  queryId?: string;
}

export interface WriteClusterTable extends ClusterJoin {
  /** Arrow IPC of the labels; the engine client transfers it (the caller gives it up). */
  labelsIpc: Uint8Array;
  /** Keep the labels table after a successful write (for later renames). */
  keepLabels: boolean;
}

/** (Re)builds the cell's table from its labels table and the input. */
export async function joinClusterTable(engine: EngineApi, j: ClusterJoin): Promise<void> {
  const { table, input, inputColumns, idColumn, labels, names } = j;
  await engine.exec(clusterTableSql({ table, input, inputColumns, idColumn, labels, names }), j.queryId);
}

export async function writeClusterTable(engine: EngineApi, w: WriteClusterTable): Promise<void> {
  await engine.importArrow(w.labels, w.labelsIpc, w.queryId);
  let kept = false;
  try {
    await joinClusterTable(engine, w);
    kept = w.keepLabels;
  } finally {
    // a labels table whose join failed must not be taken for the last good fit's
    if (!kept) await dropLabelsTable(engine, w.labels);
  }
}

export async function dropLabelsTable(engine: EngineApi, labels: string): Promise<void> {
  await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(labels)}`).catch(() => undefined);
}

export async function labelsTableExists(engine: EngineApi, labels: string): Promise<boolean> {
  const found = await engine.query(`SELECT 1 FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ${quoteLiteral(labels)}`);
  return found.rowCount > 0;
}
