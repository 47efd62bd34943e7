// The contract suite on native DuckDB (@duckdb/node-api), plus what only the native engine does.

import { afterAll, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createNativeEngine } from '../../src/engine/node';
import { decodeRows } from '../../src/engine/arrow';
import { CONTRACT_MEMORY_LIMIT, engineContract } from './contract';
import { OOM_MEMORY_LIMIT, oomImportContract } from './oom-import-contract';
import { arrowImportContract } from './arrow-import-contract';

const engines: Awaited<ReturnType<typeof createNativeEngine>>[] = [];
const create = async (memoryLimit: string) => {
  const engine = await createNativeEngine({ memoryLimit });
  engines.push(engine);
  return engine;
};
engineContract('duckdb-native', () => create(CONTRACT_MEMORY_LIMIT));
oomImportContract('duckdb-native', () => create(OOM_MEMORY_LIMIT));
arrowImportContract('duckdb-native', () => create(CONTRACT_MEMORY_LIMIT));

it('native: registers a file by path without copying it', async () => {
  const engine = await createNativeEngine();
  engines.push(engine);
  const path = fileURLToPath(new URL('../fixtures/engine/korean-cp949.csv', import.meta.url));
  await engine.registerFile('by-path.csv', { path });
  const sniff = await engine.sniffFile('by-path.csv');
  await engine.importFile({ file: 'by-path.csv', table: 'k', options: sniff.detected });
  expect(decodeRows((await engine.query('SELECT 이름 FROM k ORDER BY 1')).ipc).rows).toEqual([['김민수'], ['박지성'], ['이영희']]);
});

afterAll(async () => {
  await Promise.all(engines.map((e) => e.close()));
});
