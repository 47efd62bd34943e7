// parquet-wasm as the WASM engine's Parquet reader/writer (DuckDB's is an extension we cannot
// load offline). Takes the module so the worker passes the browser build and tests the Node build.

import type * as ParquetWasm from 'parquet-wasm/esm';
import type { ParquetCodec } from './wasm-engine';

export function parquetCodec(pw: Pick<typeof ParquetWasm, 'readParquet' | 'writeParquet' | 'Table'>): ParquetCodec {
  return {
    readParquet: (bytes, limit) => pw.readParquet(bytes, limit === undefined ? undefined : { limit }).intoIPCStream(),
    readRowGroup: (bytes, index) => pw.readParquet(bytes, { rowGroups: [index] }).intoIPCStream(),
    writeParquet: (ipc) => pw.writeParquet(pw.Table.fromIPCStream(ipc)),
  };
}
