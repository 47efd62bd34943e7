// The contract suite on DuckDB-WASM (the Node build of the same blocking bindings the worker uses).

import { beforeAll, describe, expect, it } from 'vitest';
import { Table, makeVector, tableToIPC } from 'apache-arrow';
import * as parquetWasm from 'parquet-wasm';
import { createWasmNodeEngine } from '../../src/engine/wasm-node';
import type { EngineApi, Progress } from '../../src/engine/protocol';
import { decodeRows } from '../../src/engine/arrow';
import { CONTRACT_MEMORY_LIMIT, engineContract, failure } from './contract';
import { OOM_MEMORY_LIMIT, oomImportContract } from './oom-import-contract';
import { arrowImportContract } from './arrow-import-contract';

const createEngine = (memoryLimit: string) => createWasmNodeEngine({ memoryLimit });

engineContract('duckdb-wasm', () => createEngine(CONTRACT_MEMORY_LIMIT));
oomImportContract('duckdb-wasm', () => createEngine(OOM_MEMORY_LIMIT));
arrowImportContract('duckdb-wasm', () => createEngine(CONTRACT_MEMORY_LIMIT));

describe('duckdb-wasm: Parquet one row group at a time', () => {
  const rows = 50_000;
  const groupRows = 7_000;
  const groups = Math.ceil(rows / groupRows);
  const parquet = (() => {
    const ipc = tableToIPC(new Table({ id: makeVector(Float64Array.from({ length: rows }, (_, i) => i)) }), 'stream');
    return parquetWasm.writeParquet(parquetWasm.Table.fromIPCStream(ipc), new parquetWasm.WriterPropertiesBuilder().setMaxRowGroupSize(groupRows).build());
  })();
  let engine: EngineApi;
  beforeAll(async () => {
    engine = await createEngine(CONTRACT_MEMORY_LIMIT);
    await engine.registerFile('groups.parquet', parquet);
  }, 30_000);

  it('reports progress per row group and imports every row once', async () => {
    const progress: Progress[] = [];
    const result = await engine.importFile({ file: 'groups.parquet', table: 'groups', options: { format: 'parquet' } }, 'pq', (p) => progress.push(p));
    expect(result.rowCount).toBe(rows);
    const fractions = progress.filter((p) => p.phase === 'parse').map((p) => p.fraction);
    expect(fractions).toEqual(Array.from({ length: groups }, (_, i) => Math.min(rows, (i + 1) * groupRows) / rows));
    const [sum] = decodeRows((await engine.query('SELECT sum(id)::DOUBLE, count(DISTINCT id)::DOUBLE FROM groups')).ipc).rows;
    expect(sum).toEqual([(rows * (rows - 1)) / 2, rows]);
  });

  it('cancels between row groups and leaves no table behind', async () => {
    let cancelled: Promise<boolean> | null = null;
    const importing = engine.importFile({ file: 'groups.parquet', table: 'groups_cancelled', options: { format: 'parquet' } }, 'pq2', (p) => {
      if (p.phase === 'parse') cancelled ??= engine.cancel('pq2');
    });
    expect((await failure(importing)).code).toBe('engine.cancelled');
    expect(await cancelled).toBe(true);
    const tables = (await engine.listTables()).map((t) => t.name);
    expect(tables).not.toContain('groups_cancelled');
    expect(decodeRows((await engine.query('SELECT count(*) FROM duckdb_tables() WHERE starts_with(table_name, \'__segbook\')')).ipc).rows).toEqual([[0]]);
  });
});
