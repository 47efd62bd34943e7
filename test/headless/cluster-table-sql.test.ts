// The cluster table's SQL and the labels it joins, run on native DuckDB: output column names
// never clash with the input's, rows keep their own values, and NULL features decode as NaN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRows } from '../../src/engine/arrow';
import { createNativeEngine } from '../../src/engine/node';
import { addedColumnNames } from '../../src/workers/kmeans/cluster-table-sql';
import { decodeFeatureColumns } from '../../src/workers/kmeans/feature-columns';
import { featureQuery } from '../../src/workers/kmeans/feature-query';
import { labelsCsv } from '../../src/workers/kmeans/labels-csv';
import { writeClusterTable } from '../../src/workers/kmeans/write-cluster-table';

type Engine = Awaited<ReturnType<typeof createNativeEngine>>;
let engine: Engine;
beforeAll(async () => {
  engine = await createNativeEngine();
  // "cluster" and "Distance" are taken; "odd ""name""" needs quoting; v has a NULL
  await engine.exec(`CREATE TABLE t AS SELECT * FROM (VALUES ('a', 10, 1.5, 7), ('b', 20, NULL, 8), ('c', 30, 3.5, 9)) AS v(key, "odd ""name""", v, cluster)`);
  await engine.exec('ALTER TABLE t ADD COLUMN "Distance" INTEGER DEFAULT 0');
});
afterAll(async () => engine?.close());

describe('cluster table', () => {
  it('picks added column names that do not clash, case-insensitively', () => {
    const columns = ['key', 'cluster', 'Distance', 'row_number'].map((name) => ({ name, type: 'INTEGER' }));
    expect(addedColumnNames(columns, 'key')).toEqual({ id: 'key', cluster: 'cluster_2', name: 'cluster_name', distance: 'distance_2' });
    expect(addedColumnNames(columns, null)).toEqual({ id: 'row_number_2', cluster: 'cluster_2', name: 'cluster_name', distance: 'distance_2' });
  });

  it('reads features in row order with NULL as NaN, and joins labels back to their rows', async () => {
    const { ipc } = await engine.query(featureQuery('t', ['odd "name"', 'v']));
    const decoded = decodeFeatureColumns(ipc, 2);
    expect(Array.from(decoded.values[0]!)).toEqual([10, 20, 30]);
    expect(Array.from(decoded.values[1]!)).toEqual([1.5, NaN, 3.5]);
    // rows 0 and 2 clustered (row 1 dropped for its NULL)
    const csv = labelsCsv(decoded.rowIds, Int32Array.from([0, 2]), Int32Array.from([1, 0]), Float64Array.from([0.25, 0.5]));
    expect(new TextDecoder().decode(csv)).toBe('row,cluster,distance\n0,2,0.25\n2,1,0.5\n');
    const inputColumns = (await engine.query('SELECT * FROM t LIMIT 0')).columns;
    await writeClusterTable(engine, { table: 'out', input: 't', inputColumns, idColumn: 'key', labelsCsv: csv, names: ['One', "Two's"] });
    const out = decodeRows((await engine.query('SELECT * FROM out')).ipc);
    expect(out.columns.map((c) => c.name)).toEqual(['key', 'cluster_2', 'cluster_name', 'distance_2', 'odd "name"', 'v', 'cluster', 'Distance']);
    expect(out.rows).toEqual([['a', 2, "Two's", 0.25, 10, 1.5, 7, 0], ['c', 1, 'One', 0.5, 30, 3.5, 9, 0]]);
  });
});
