// importArrow on every engine: Arrow IPC bytes become a table with DuckDB's types for the Arrow
// types and the same values, replacing a table of the same name; a cancel before it starts
// refuses it; a million rows load quickly. Expected values come from the arrays built here.

import { beforeAll, describe, expect, it } from 'vitest';
import { Bool, Float32, Int16, Int64, Table, TimestampMicrosecond, Uint8, Utf8, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import type { EngineApi } from '../../src/engine/protocol';
import { decodeRows } from '../../src/engine/arrow';
import { failure } from './contract';

const MILLION = 1_000_000;

/** One column of each flat type, each with a NULL (and awkward text). */
function mixedTable(): { ipc: Uint8Array; rows: unknown[][] } {
  const rows: unknown[][] = [
    [1, 2 ** 40, 0.25, 1.5, true, '김민수', 3, -7],
    [2, null, null, null, null, null, null, null],
    [-3, -(2 ** 53) + 1, -1e-300, -2.5, false, 'it\'s "quoted", 서울\n둘째 줄', 255, 32767],
  ];
  const column = (i: number) => rows.map((r) => r[i]);
  const table = new Table({
    int: vectorFromArray(column(0), new Int16()),
    big: vectorFromArray(column(1).map((v) => (v === null ? null : BigInt(v as number))), new Int64()),
    dbl: vectorFromArray(column(2)),
    flt: vectorFromArray(column(3), new Float32()),
    yes: vectorFromArray(column(4), new Bool()),
    txt: vectorFromArray(column(5), new Utf8()),
    u8: vectorFromArray(column(6), new Uint8()),
    i16: vectorFromArray(column(7), new Int16()),
  });
  return { ipc: tableToIPC(table, 'stream'), rows };
}

export function arrowImportContract(name: string, createEngine: () => Promise<EngineApi>): void {
  describe(`importArrow: ${name}`, () => {
    let engine: EngineApi;
    const rows = async (sql: string) => decodeRows((await engine.query(sql)).ipc).rows;
    beforeAll(async () => {
      engine = await createEngine();
    }, 60_000);

    it('creates a table with the types and values of the Arrow columns, NULLs included', async () => {
      const { ipc, rows: expected } = mixedTable();
      const result = await engine.importArrow('mixed', ipc);
      expect(result.table).toBe('mixed');
      expect(result.rowCount).toBe(expected.length);
      expect(result.columns).toEqual([
        { name: 'int', type: 'SMALLINT' }, { name: 'big', type: 'BIGINT' }, { name: 'dbl', type: 'DOUBLE' }, { name: 'flt', type: 'FLOAT' },
        { name: 'yes', type: 'BOOLEAN' }, { name: 'txt', type: 'VARCHAR' }, { name: 'u8', type: 'UTINYINT' }, { name: 'i16', type: 'SMALLINT' },
      ]);
      // row order is the Arrow order (no ORDER BY: an import keeps it, and the cluster join relies on rowid)
      const got = await rows('SELECT int, big, dbl, flt::DOUBLE, yes, txt, u8, i16, rowid FROM mixed');
      expect(got).toEqual(expected.map((r, i) => [...r, i]));
    });

    it('replaces a table of the same name, whatever its columns were', async () => {
      const first = await engine.importArrow('again', tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2, 3]) }), 'stream'));
      expect(first.rowCount).toBe(3);
      // a JS string array becomes a dictionary-encoded column: DuckDB stores its values
      const second = await engine.importArrow('again', tableToIPC(tableFromArrays({ b: Float64Array.from([0.5, 1]), c: ['x', 'x'] }), 'stream'));
      expect(second.columns).toEqual([{ name: 'b', type: 'DOUBLE' }, { name: 'c', type: 'VARCHAR' }]);
      expect(await rows('SELECT * FROM again')).toEqual([[0.5, 'x'], [1, 'x']]);
    });

    it('takes timestamps (as the xlsx reader makes them) with the same result', async () => {
      const stamps = [Date.UTC(2024, 0, 31, 12, 30), null, Date.UTC(1999, 11, 31, 23, 59, 59)];
      const table = new Table({ stamp: vectorFromArray(stamps, new TimestampMicrosecond()), n: vectorFromArray([1, 2, 3]) });
      const result = await engine.importArrow('stamps', tableToIPC(table, 'stream'));
      expect(result.columns).toEqual([{ name: 'stamp', type: 'TIMESTAMP' }, { name: 'n', type: 'DOUBLE' }]);
      expect(await rows('SELECT epoch_ms(stamp)::DOUBLE, n FROM stamps')).toEqual(stamps.map((s, i) => [s, i + 1]));
    });

    it('creates an empty table from a schema with no rows', async () => {
      const empty = tableToIPC(tableFromArrays({ id: new Float64Array(0), label: [] as string[] }), 'stream');
      const result = await engine.importArrow('empty_arrow', empty);
      expect(result.rowCount).toBe(0);
      expect(result.columns.map((c) => c.name)).toEqual(['id', 'label']);
    });

    it('refuses an import cancelled before it starts, and creates nothing', async () => {
      expect(await engine.cancel('arrow-early')).toBe(false);
      const error = await failure(engine.importArrow('never', tableToIPC(tableFromArrays({ a: Int32Array.from([1]) }), 'stream'), 'arrow-early'));
      expect(error.code).toBe('engine.cancelled');
      expect((await engine.listTables()).map((t) => t.name)).not.toContain('never');
    });

    it('loads a million label rows (BIGINT, INTEGER, DOUBLE) quickly, hidden when named __segbook_*', async () => {
      const row = new BigInt64Array(MILLION);
      const cluster = new Int32Array(MILLION);
      const distance = new Float64Array(MILLION);
      let clusterSum = 0;
      let distanceSum = 0;
      for (let i = 0; i < MILLION; i++) {
        row[i] = BigInt(MILLION - 1 - i);
        cluster[i] = (i % 7) + 1;
        distance[i] = (i % 1000) / 8;
        clusterSum += cluster[i]!;
        distanceSum += distance[i]!;
      }
      const ipc = tableToIPC(tableFromArrays({ row, cluster, distance }), 'stream');
      const started = performance.now();
      const result = await engine.importArrow('__segbook_labels_contract', ipc);
      const elapsed = performance.now() - started;
      expect(result.rowCount).toBe(MILLION);
      expect(result.columns.map((c) => c.type)).toEqual(['BIGINT', 'INTEGER', 'DOUBLE']);
      const [sums] = await rows('SELECT sum("row")::DOUBLE, sum(cluster)::DOUBLE, sum(distance), min("row")::DOUBLE, max("row")::DOUBLE FROM __segbook_labels_contract');
      expect(sums).toEqual([(MILLION * (MILLION - 1)) / 2, clusterSum, distanceSum, 0, MILLION - 1]);
      expect(await rows('SELECT "row", cluster, distance FROM __segbook_labels_contract WHERE rowid = 123457')).toEqual([[MILLION - 1 - 123457, (123457 % 7) + 1, (123457 % 1000) / 8]]);
      expect((await engine.listTables()).map((t) => t.name)).not.toContain('__segbook_labels_contract');
      // generous: about 0.3 s on native and less on WASM here; the JSON path it replaces took seconds
      expect(elapsed).toBeLessThan(5_000);
      console.info(`importArrow ${name}: 1M rows in ${elapsed.toFixed(0)} ms`);
    });
  });
}
