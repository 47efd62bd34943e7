// DuckDB-WASM in Node, created as test/engine/wasm.test.ts does (its factory is not exported):
// the Node build of the same blocking bindings the browser worker uses.
import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import * as parquetWasm from 'parquet-wasm';
import { createWasmEngine } from '../../src/engine/wasm-engine';
import { parquetCodec } from '../../src/engine/parquet-codec';
import type { EngineApi } from '../../src/engine/protocol';

const require = createRequire(import.meta.url);
const dist = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);

export async function createWasmNodeEngine(): Promise<EngineApi> {
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  return createWasmEngine({ db, runtime: duckdb.NODE_RUNTIME, parquet: async () => parquetCodec(parquetWasm) });
}
