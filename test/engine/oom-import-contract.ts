// Running out of memory in the middle of an import, on an engine started with a small
// memory_limit: the failure is engine.oom (not a parse error blaming the file), the table of the
// same name keeps its previous content, and the engine goes on importing and querying.

import { describe, expect, it } from 'vitest';
import { Table, Utf8, makeData, makeVector, tableToIPC } from 'apache-arrow';
import * as parquetWasm from 'parquet-wasm';
import type { EngineApi } from '../../src/engine/protocol';
import { decodeRows } from '../../src/engine/arrow';
import { failure } from './contract';

/** Small enough that the generated files below cannot fit, large enough for DuckDB's CSV buffers. */
export const OOM_MEMORY_LIMIT = '48MB';

const encode = (text: string) => new TextEncoder().encode(text);

function bigCsv(rows: number): Uint8Array {
  const lines = ['id,text'];
  for (let i = 0; i < rows; i++) lines.push(`${i},some longish text value number ${i} to fill memory quickly ${i * 7}`);
  return encode(lines.join('\n') + '\n');
}

/** `rows` rows of 300-byte text from 1,000 distinct values: a small file (dictionary encoded), a big table. */
function bigParquet(rows: number): Uint8Array {
  const width = 300;
  const values = Array.from({ length: 1000 }, (_, i) => encode(`${i} `.padEnd(width, 'x')));
  const data = new Uint8Array(rows * width);
  for (let i = 0; i < rows; i++) data.set(values[i % values.length]!, i * width);
  const valueOffsets = Int32Array.from({ length: rows + 1 }, (_, i) => i * width);
  const text = makeVector(makeData({ type: new Utf8(), length: rows, nullCount: 0, valueOffsets, data }));
  const id = makeVector(Float64Array.from({ length: rows }, (_, i) => i));
  const ipc = tableToIPC(new Table({ id, text }), 'stream');
  return parquetWasm.writeParquet(parquetWasm.Table.fromIPCStream(ipc));
}

export function oomImportContract(name: string, createEngine: () => Promise<EngineApi>): void {
  describe(`import out of memory: ${name}`, () => {
    it('fails as engine.oom, keeps the previous table and stays usable', async () => {
      const engine = await createEngine();
      const rows = async (sql: string) => decodeRows((await engine.query(sql)).ipc).rows;
      const importCsv = async (file: string, bytes: Uint8Array, table: string) => {
        await engine.registerFile(file, bytes);
        return engine.importFile({ file, table, options: { format: 'csv' } });
      };
      await importCsv('small.csv', encode('id,text\n1,kept\n2,kept too\n'), 'target');

      const csvError = await failure(importCsv('big.csv', bigCsv(800_000), 'target'));
      expect(csvError.code).toBe('engine.oom');
      expect(await rows('SELECT id, text FROM target ORDER BY id')).toEqual([
        [1, 'kept'],
        [2, 'kept too'],
      ]);

      // Parquet may fit by spilling (native) or fail (WASM holds it all in memory): either way
      // an out-of-memory must not be reported as a broken file, nor lose the previous table
      const parquetRows = 250_000;
      await engine.registerFile('big.parquet', bigParquet(parquetRows));
      try {
        const result = await engine.importFile({ file: 'big.parquet', table: 'target', options: { format: 'parquet' } });
        expect(result.rowCount).toBe(parquetRows);
      } catch (e) {
        expect((await failure(Promise.reject(e))).code).toBe('engine.oom');
        expect(await rows('SELECT count(*) FROM target')).toEqual([[2]]);
      }

      expect((await importCsv('after.csv', encode('a,b\n1,2\n3,4\n'), 'after')).rowCount).toBe(2);
      expect(await rows('SELECT sum(a + b) FROM after')).toEqual([[10]]);
    });
  });
}
