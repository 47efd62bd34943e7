// The cluster table's SQL and the labels it joins, run on native DuckDB: output column names
// never clash with the input's, rows keep their own values, NULL features decode as NaN, and a
// kept labels table joins again with new names (a rename of clusters skips the fit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRows } from '../../src/engine/arrow';
import { createNativeEngine } from '../../src/engine/node';
import { addedColumnNames } from '../../src/workers/kmeans/cluster-table-sql';
import { decodeFeatureColumns } from '../../src/workers/kmeans/feature-columns';
import { featureQuery } from '../../src/workers/kmeans/feature-query';
import { labelsIpc } from '../../src/workers/kmeans/labels-ipc';
import { joinClusterTable, labelsTableExists, labelsTableName, writeClusterTable } from '../../src/workers/kmeans/write-cluster-table';

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
    const ipc2 = labelsIpc(decoded.rowIds, Int32Array.from([0, 2]), Int32Array.from([1, 0]), Float64Array.from([0.25, 0.5]));
    const labels = decodeRows(ipc2);
    expect(labels.columns).toEqual([{ name: 'row', type: 'BIGINT' }, { name: 'cluster', type: 'INTEGER' }, { name: 'distance', type: 'DOUBLE' }]);
    expect(labels.rows).toEqual([[0, 2, 0.25], [2, 1, 0.5]]);
    const inputColumns = (await engine.query('SELECT * FROM t LIMIT 0')).columns;
    const scratch = labelsTableName('c1');
    await writeClusterTable(engine, { table: 'out', input: 't', inputColumns, idColumn: 'key', labels: scratch, labelsIpc: ipc2, names: ['One', "Two's"], keepLabels: false });
    const out = decodeRows((await engine.query('SELECT * FROM out')).ipc);
    expect(out.columns.map((c) => c.name)).toEqual(['key', 'cluster_2', 'cluster_name', 'distance_2', 'odd "name"', 'v', 'cluster', 'Distance']);
    expect(out.rows).toEqual([['a', 2, "Two's", 0.25, 10, 1.5, 7, 0], ['c', 1, 'One', 0.5, 30, 3.5, 9, 0]]);
    expect(await labelsTableExists(engine, scratch)).toBe(false);
  });

  it('writes the same column types as the CSV labels did, and keeps the labels for a second join with new names', async () => {
    const { ipc } = await engine.query(featureQuery('t', ['odd "name"']));
    const decoded = decodeFeatureColumns(ipc, 1);
    const inputColumns = (await engine.query('SELECT * FROM t LIMIT 0')).columns;
    const scratch = labelsTableName('c2');
    const labels = labelsIpc(decoded.rowIds, Int32Array.from([0, 1, 2]), Int32Array.from([0, 1, 0]), Float64Array.from([0.5, 0, 1e-300]));
    await writeClusterTable(engine, { table: 'numbered', input: 't', inputColumns, idColumn: null, labels: scratch, labelsIpc: labels, names: ['A', 'B'], keepLabels: true });
    const types = (await engine.query('SELECT * FROM numbered LIMIT 0')).columns.slice(0, 4);
    // row_number = rowid + 1 stays BIGINT, cluster INTEGER, distance DOUBLE (as the CSV import typed them)
    expect(types).toEqual([{ name: 'row_number', type: 'BIGINT' }, { name: 'cluster_2', type: 'INTEGER' }, { name: 'cluster_name', type: 'VARCHAR' }, { name: 'distance_2', type: 'DOUBLE' }]);
    expect(await labelsTableExists(engine, scratch)).toBe(true);
    expect((await engine.listTables()).map((x) => x.name)).not.toContain(scratch);
    const before = decodeRows((await engine.query('SELECT * EXCLUDE (cluster_name) FROM numbered')).ipc).rows;
    await joinClusterTable(engine, { table: 'numbered', input: 't', inputColumns, idColumn: null, labels: scratch, names: ['Renamed', 'B'] });
    const after = decodeRows((await engine.query('SELECT * FROM numbered')).ipc);
    expect(after.rows.map((r) => [r[0], r[2]])).toEqual([[1, 'Renamed'], [2, 'B'], [3, 'Renamed']]);
    expect(after.rows.map((r) => [...r.slice(0, 2), ...r.slice(3)])).toEqual(before);
    expect(after.rows[2]![3]).toBe(1e-300);
  });
});
