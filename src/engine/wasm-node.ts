// DuckDB-WASM in Node: the Node build of the same blocking bindings the browser worker runs.
// Used by the engine contract suite and by parity checks against native DuckDB, so that what
// the browser would compute can be checked without a browser.
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import * as parquetWasm from 'parquet-wasm';
import { createWasmEngine } from './wasm-engine';
import { parquetCodec } from './parquet-codec';
import type { EngineApi } from './protocol';

const require = createRequire(import.meta.url);
const dist = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);

export async function createWasmNodeEngine(options: { memoryLimit?: string } = {}): Promise<EngineApi> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  return createWasmEngine({ db, runtime: duckdb.NODE_RUNTIME, parquet: async () => parquetCodec(parquetWasm), ...options });
}
