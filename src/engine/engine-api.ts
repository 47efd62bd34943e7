// EngineApi written once over an EngineBackend (DuckDB-WASM or native DuckDB).

import { segbookError } from '../core/errors';
import { quoteIdent } from '../core/sql/quote';
import type { EngineApi, ProgressListener, TableInfo, TableProfile } from './protocol';
import type { EngineBackend } from './backend';
import { decodeRows } from './arrow';
import { duckdbErrorToSegbook } from './duckdb-errors';
import { describeColumns, sniffFile } from './file-sniff';
import { importedTable, importFile } from './file-import';

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const NESTED = /\[\]$|^(STRUCT|MAP|UNION)\(/;

/** Query ids remembered for early cancels; the page never has more than a few in flight. */
const REMEMBERED_IDS = 256;

function remember(ids: Set<string>, id: string): void {
  ids.add(id);
  if (ids.size > REMEMBERED_IDS) ids.delete(ids.values().next().value!);
}

export function createEngineApi(backend: EngineBackend): EngineApi {
  const running = new Map<string, AbortController>();
  // A cancel can overtake its query (the page cancels while the worker is still busy with the
  // previous one): remember it, so the query is refused when it arrives instead of running.
  const started = new Set<string>();
  const cancelledEarly = new Set<string>();

  /** Runs `work` cancellable by queryId; every failure leaves as a SegbookError. */
  async function tracked<T>(queryId: string | undefined, work: (signal: AbortSignal) => Promise<T>, sql?: string): Promise<T> {
    const controller = new AbortController();
    if (queryId) {
      remember(started, queryId);
      if (cancelledEarly.delete(queryId)) controller.abort();
      running.set(queryId, controller);
    }
    try {
      if (controller.signal.aborted) throw segbookError('engine.cancelled', {}, 'cancelled', sql);
      return await work(controller.signal);
    } catch (e) {
      throw controller.signal.aborted ? segbookError('engine.cancelled', {}, 'cancelled', sql) : duckdbErrorToSegbook(e, sql);
    } finally {
      if (queryId && running.get(queryId) === controller) running.delete(queryId);
    }
  }

  const query = (sql: string, queryId?: string, onProgress?: ProgressListener) =>
    tracked(queryId, (signal) => backend.run(sql, { signal, onProgress, phase: 'query' }), sql);

  return {
    start: async () => backend.info,
    registerFile: (name, data) => tracked(undefined, () => backend.registerFile(name, data)),
    dropFile: (name) => tracked(undefined, () => backend.dropFile(name)),
    sniffFile: (name) => tracked(undefined, () => sniffFile(backend, name)),
    importFile: (req, queryId, onProgress) => tracked(queryId, (signal) => importFile(backend, req, { signal, onProgress })),
    importArrow: (table, ipc, queryId) =>
      tracked(queryId, async () => {
        const started = performance.now();
        await backend.replaceTableFromArrow(table, ipc);
        return importedTable(backend, table, started);
      }),
    query,
    exec: async (sql, queryId, onProgress) => {
      await query(sql, queryId, onProgress);
    },
    cancel: async (queryId) => {
      const controller = running.get(queryId);
      controller?.abort();
      if (!controller && !started.has(queryId)) remember(cancelledEarly, queryId);
      return controller !== undefined;
    },
    listTables: () => tracked(undefined, () => listTables(backend)),
    profileTable: (table) => tracked(undefined, () => profileTable(backend, table)),
    exportQuery: (sql, options, onProgress) =>
      tracked(
        undefined,
        async (signal) => {
          const ctx = { signal, onProgress, phase: 'export' as const };
          if (options.format === 'parquet') return backend.exportParquet(sql, ctx);
          const csv = await backend.exportCsv(sql, ctx);
          if (!options.bom) return csv;
          const out = new Uint8Array(csv.byteLength + 3);
          out.set(UTF8_BOM);
          out.set(csv, 3);
          return out;
        },
        sql,
      ),
  };
}

async function listTables(backend: EngineBackend): Promise<TableInfo[]> {
  const res = await backend.run(
    `SELECT table_name, column_name, data_type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
       AND NOT starts_with(table_name, '__segbook')
     ORDER BY table_name, column_index`,
  );
  const tables = new Map<string, TableInfo>();
  for (const [table, column, type] of decodeRows(res.ipc).rows as string[][]) {
    const info = tables.get(table!) ?? { name: table!, columns: [] };
    info.columns.push({ name: column!, type: type! });
    tables.set(table!, info);
  }
  return [...tables.values()];
}

/** One scan of the table for every column's statistics. */
async function profileTable(backend: EngineBackend, table: string): Promise<TableProfile> {
  const quoted = quoteIdent(table);
  const columns = await describeColumns(backend, `SELECT * FROM ${quoted}`);
  const parts = ['count(*)::DOUBLE'];
  for (const { name, type } of columns) {
    const c = quoteIdent(name);
    const comparable = !NESTED.test(type);
    parts.push(
      `(count(*) - count(${c}))::DOUBLE`,
      comparable ? `approx_count_distinct(${c})::DOUBLE` : 'NULL::DOUBLE',
      comparable ? `min(${c})::VARCHAR` : 'NULL::VARCHAR',
      comparable ? `max(${c})::VARCHAR` : 'NULL::VARCHAR',
    );
  }
  const res = await backend.run(`SELECT ${parts.join(', ')} FROM ${quoted}`);
  const row = decodeRows(res.ipc).rows[0] ?? [];
  return {
    table,
    rowCount: Number(row[0] ?? 0),
    columns: columns.map(({ name, type }, i) => ({
      name,
      type,
      nullCount: Number(row[1 + i * 4] ?? 0),
      distinctEstimate: Number(row[2 + i * 4] ?? 0),
      min: (row[3 + i * 4] as string | null) ?? null,
      max: (row[4 + i * 4] as string | null) ?? null,
    })),
  };
}
