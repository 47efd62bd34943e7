// The RFM SQL on DuckDB-WASM (the browser's engine) for representative cases, against the same
// pandas goldens as rfm-golden-native.test.ts (see its header for how they were made).

import { beforeAll, describe, expect, it } from 'vitest';
import { compileRfm, compileRfmChecks } from '../../../src/core/segments/rfm';
import type { ColumnInfo, EngineApi } from '../../../src/engine/protocol';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { loadDataset, type DatasetName } from './datasets';
import { expectRowsMatch, queryRecords, readGolden, readGoldenChecks, rfmCase } from './goldens';

const WASM_CASES = ['cdnow-quantile', 'identical-quantile-k3', 'cdnow-rank-days-mean', 'synthetic-rank', 'synthetic-fixed-days-mean', 'synthetic-as-of-latest', 'synthetic-as-of-before-data', 'identical-quantile'];

describe('RFM against the pandas reference (DuckDB-WASM)', () => {
  let engine: EngineApi;
  const columns = new Map<DatasetName, ColumnInfo[]>();

  beforeAll(async () => {
    engine = await createWasmNodeEngine();
    await engine.start();
    for (const name of new Set(WASM_CASES.map((n) => rfmCase(n).dataset))) columns.set(name, await loadDataset(engine, name));
  });

  it.each(WASM_CASES)('%s: every customer and every left-out row matches', async (name) => {
    const c = rfmCase(name);
    const input = { table: c.dataset, columns: columns.get(c.dataset)! };
    const rfm = compileRfm(c.settings, input);
    const checks = compileRfmChecks(c.settings, input);
    if (!('sql' in rfm) || !('sql' in checks)) throw new Error('unexpected problem');
    expectRowsMatch(await queryRecords(engine, rfm.sql), readGolden(name));
    const [counts] = await queryRecords(engine, checks.sql);
    expect({ ...counts, as_of: String(counts!.as_of).slice(0, 10) }).toEqual(readGoldenChecks(name));
  });
});
