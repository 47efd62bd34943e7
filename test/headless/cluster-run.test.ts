// A cluster cell in a headless run, on the Online Retail RFM features committed for the k-means
// engine (test/fixtures/kmeans): the table has one row per clustered customer with the cluster
// numbers and names, and the fit is the one clusterFeatures gives on the same values read
// independently of DuckDB (node:zlib + a plain CSV split).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../src/core/kmeans/analysis';
import { defaultKmeansSettings, type KmeansSettings } from '../../src/core/kmeans/settings';
import { addCell, addSource, newWorkbook } from '../../src/core/workbook/ops';
import type { ClusterCell, Workbook } from '../../src/core/workbook/types';
import { decodeRows } from '../../src/engine/arrow';
import { createNativeEngine } from '../../src/engine/node';
import { runClusterHeadless } from '../../src/headless/run-cluster';
import { runWorkbook } from '../../src/headless/run-workbook';
import { proposeClusterNames } from '../../src/workers/kmeans/cluster-names';

const FILE = 'test/fixtures/kmeans/online_retail_rfm.csv.gz';
const lines = gunzipSync(readFileSync(FILE)).toString('utf8').trim().split('\n');
const header = lines[0]!.split(',');
const records = lines.slice(1).map((line) => line.split(','));
const column = (name: string) => records.map((r) => (r[header.indexOf(name)] === '' ? NaN : Number(r[header.indexOf(name)])));

type Engine = Awaited<ReturnType<typeof createNativeEngine>>;
let engine: Engine;
beforeAll(async () => {
  engine = await createNativeEngine();
});
afterAll(async () => engine?.close());

const rows = async (sql: string) => decodeRows((await engine.query(sql)).ipc).rows;

function workbookWith(settings: KmeansSettings): { workbook: Workbook; sourceId: string; cell: ClusterCell } {
  const added = addSource(newWorkbook('en', 'clusters'), {
    fileName: 'online_retail_rfm.csv.gz',
    options: { format: 'csv', csv: { encoding: 'utf-8', delimiter: ',', header: true, quote: '"' } },
  }, { name: 'customers' });
  const made = addCell(added.workbook, 'cluster', { name: 'segments', inputs: [added.cell.id], settings });
  return { workbook: made.workbook, sourceId: added.source.id, cell: made.cell as ClusterCell };
}

const SETTINGS: KmeansSettings = {
  ...defaultKmeansSettings(),
  idColumn: 'customer',
  features: ['recency', 'frequency', 'monetary'].map((c) => ({ column: c, log1p: true, scale: 'standardise' as const, winsorise: null })),
  k: 4,
  nInit: 3,
  seed: 7,
};

describe('cluster cell, headless', () => {
  it('writes one row per customer with its cluster, and fits what clusterFeatures fits on the same values', async () => {
    const { workbook, sourceId, cell } = workbookWith(SETTINGS);
    const report = await runWorkbook(workbook, { data: { [sourceId]: FILE }, engine });
    const result = report.cells.find((c) => c.name === 'segments')!;
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('done');
    expect(result.rowCount).toBe(records.length);
    expect(result.columns!.slice(0, 4).map((c) => c.name)).toEqual(['customer', 'cluster', 'cluster_name', 'distance']);
    expect(result.columns!.map((c) => c.name)).toEqual(['customer', 'cluster', 'cluster_name', 'distance', 'recency', 'frequency', 'monetary']);

    const direct = clusterFeatures(
      ['recency', 'frequency', 'monetary'].map((name) => ({ column: name, type: 'DOUBLE', values: column(name), options: { log1p: true, scale: 'standardise' as const, winsorise: null } })),
      { k: 4, seed: 7, nInit: 3, maxIter: SETTINGS.maxIter, tol: SETTINGS.tol, algorithm: SETTINGS.algorithm, missing: 'drop' },
    );
    if (!direct.ok) throw new Error(direct.problem.code);
    const again = await runClusterHeadless(engine, cell, 'customers');
    if ('code' in again) throw new Error(again.code);
    expect(Math.abs(again.summary.inertia - direct.value.fit.inertia) / direct.value.fit.inertia).toBeLessThan(1e-12);

    // cluster sizes in the table are the fit's, numbered 1..k, named as proposed
    const sizes = await rows('SELECT cluster, count(*)::DOUBLE, any_value(cluster_name) FROM segments GROUP BY cluster ORDER BY cluster');
    expect(sizes.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(sizes.map((r) => r[1])).toEqual(direct.value.fit.sizes);
    expect(sizes.map((r) => r[2])).toEqual(proposeClusterNames(direct.value.profiles, 'en'));
    // each customer's row keeps its own values, and its distance is to its own centre
    const [first] = await rows(`SELECT customer, recency, frequency, monetary, cluster, distance FROM segments WHERE customer = ${records[0]![0]}`);
    const i = 0;
    expect(first!.slice(1, 4)).toEqual([column('recency')[i], column('frequency')[i], column('monetary')[i]]);
    expect(first![4]).toBe(direct.value.fit.labels[i]! + 1);
    expect(first![5]).toBeCloseTo(direct.value.fit.distances[i]!, 12);
  });

  it('uses edited names and leaves no scratch tables behind', async () => {
    const { workbook, sourceId } = workbookWith({ ...SETTINGS, names: ['', 'Big spenders'] });
    await runWorkbook(workbook, { data: { [sourceId]: FILE }, engine });
    const named = await rows('SELECT DISTINCT cluster_name FROM segments WHERE cluster = 2');
    expect(named).toEqual([['Big spenders']]);
    // listTables hides __segbook tables: ask DuckDB itself
    expect(await rows("SELECT count(*)::DOUBLE FROM duckdb_tables() WHERE starts_with(table_name, '__segbook')")).toEqual([[0]]);
  });

  it('a constant feature and a text feature are refused with their own messages', async () => {
    const { workbook, sourceId, cell } = workbookWith(SETTINGS);
    const report = await runWorkbook(workbook, { data: { [sourceId]: FILE }, engine });
    expect(report.cells.find((c) => c.name === 'segments')!.status).toBe('done');
    await engine.exec('CREATE OR REPLACE TABLE flat AS SELECT *, 1 AS one, \'x\' AS label FROM customers');
    const constant = await runClusterHeadless(engine, { ...cell, settings: { ...SETTINGS, features: [...SETTINGS.features, { column: 'one', log1p: false, scale: 'standardise', winsorise: null }] } }, 'flat');
    expect(constant).toMatchObject({ code: 'kmeans.constantColumn', params: { column: 'one', value: 1 } });
    const text = await runClusterHeadless(engine, { ...cell, settings: { ...SETTINGS, features: [{ column: 'label', log1p: false, scale: 'standardise', winsorise: null }] } }, 'flat');
    expect(text).toMatchObject({ code: 'kmeans.notNumeric', params: { column: 'label', type: 'VARCHAR' } });
  });

  it('without an id column numbers the rows, and leaves out rows with a missing value', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE holes AS SELECT * REPLACE (CASE WHEN customer % 10 = 0 THEN NULL ELSE recency END AS recency) FROM customers`);
    const missing = (await rows('SELECT count(*)::DOUBLE FROM holes WHERE recency IS NULL'))[0]![0] as number;
    expect(missing).toBeGreaterThan(0);
    const { cell } = workbookWith({ ...SETTINGS, idColumn: null });
    const result = await runClusterHeadless(engine, cell, 'holes');
    if ('code' in result) throw new Error(result.code);
    expect(result.rowCount).toBe(records.length - missing);
    expect(result.summary.notes.find((n) => n.code === 'kmeans.rowsDropped')?.params).toEqual({ count: missing, inputRows: records.length });
    const [check] = await rows('SELECT count(*)::DOUBLE, min(row_number), count(*) FILTER (WHERE recency IS NULL)::DOUBLE FROM segments');
    expect(check).toEqual([records.length - missing, 1, 0]);
  });
});
