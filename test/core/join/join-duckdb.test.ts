// Every join case runs in DuckDB and returns the rows reference.ts computes in TypeScript with
// nested loops; the key report agrees, and the fan-out warning appears exactly where a raw
// input has several rows per key. Native DuckDB runs every case; the WASM build runs a few.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileJoin, compileJoinReport, JOIN_REPORT_COLUMNS, readJoinReport, type JoinInput } from '../../../src/core/join';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { describeTable, rowsOf, unwrap, type Engine } from '../clean/run';
import { JOIN_CASES, type JoinCase } from './cases';
import { createTableSql, makeTables, type Table } from './dataset';
import { joinReference } from './reference';

const T = makeTables();
const TABLES: Table[] = [T.customers, T.orders, T.profile, T.channels];
const WASM_CASES = new Set([JOIN_CASES[1]!.name, JOIN_CASES[3]!.name, JOIN_CASES[5]!.name]);

const ENGINES: [string, () => Promise<Engine>, (c: JoinCase) => boolean][] = [
  ['native', () => createNativeEngine(), () => true],
  ['wasm', () => createWasmNodeEngine(), (c) => WASM_CASES.has(c.name)],
];

const TIMESTAMP = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)\.000$/;
/** DuckDB's values in the reference's spelling: timestamps as written, numbers to 9 places. */
const normal = (v: unknown) =>
  typeof v === 'string' && TIMESTAMP.test(v) ? v.replace(TIMESTAMP, '$1 $2') : typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v;
const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r.map(normal))).sort();

describe.each(ENGINES)('joins in DuckDB (%s)', (_, create, runs) => {
  let engine: Engine;
  let inputs: JoinInput[];

  beforeAll(async () => {
    engine = await create();
    await engine.start();
    for (const table of TABLES) for (const statement of createTableSql(table)) await engine.exec(statement);
    inputs = await Promise.all(TABLES.map(async (t) => ({ table: t.name, columns: await describeTable(engine, t.name) })));
  });
  afterAll(async () => engine.close?.());

  it.each(JOIN_CASES.filter(runs))('$name', async ({ settings }) => {
    const expected = joinReference(settings, TABLES);
    const compiled = unwrap(compileJoin(settings, inputs));
    expect(compiled.columns.map((c) => c.name)).toEqual(expected.columns);
    const actual = await rowsOf(engine, compiled.sql);
    expect(sorted(actual.map((r) => expected.columns.map((c) => r[c])))).toEqual(sorted(expected.rows.map((r) => expected.columns.map((c) => r[c] ?? null))));

    // The planned output types are the ones DuckDB gives the result.
    const described = await rowsOf(engine, `DESCRIBE (${compiled.sql})`);
    expect(described.map((r) => [r.column_name, r.column_type])).toEqual(compiled.columns.map((c) => [c.name, c.type]));

    const result = decodeRows((await engine.query(unwrap(compileJoinReport(settings, inputs)).sql)).ipc);
    expect(result.columns.map((c) => c.name)).toEqual([...JOIN_REPORT_COLUMNS]);
    const report = readJoinReport(settings, inputs, result);
    expect(report.joins).toEqual(
      expected.report.map((r, i) => ({
        joinIndex: i,
        rowsBefore: r.rows_before,
        rowsAfter: r.rows_after,
        baseKeysMatched: r.base_keys_matched,
        baseKeysUnmatched: r.base_keys_unmatched,
        baseRowsNullKey: r.base_rows_null_key,
        rightKeysUnmatched: r.right_keys_unmatched,
        rightRowsNullKey: r.right_rows_null_key,
        rightRowsPerKeyMax: r.right_rows_per_key_max,
      })),
    );
    const fanOut = expected.report.flatMap((r, i) => (r.right_rows_per_key_max > 1 && !settings.joins[i]!.aggregate ? [i] : []));
    expect(report.warnings.filter((w) => w.code === 'join.fanOut').map((w) => w.path[0])).toEqual(fanOut);
  });

  it('cases are not trivial: keys match and miss on both sides', () => {
    const reports = JOIN_CASES.flatMap((c) => joinReference(c.settings, TABLES).report);
    expect(reports.every((r) => r.base_keys_matched > 0)).toBe(true);
    expect(reports.some((r) => r.base_keys_unmatched > 0 && r.right_keys_unmatched > 0 && r.base_rows_null_key > 0 && r.right_rows_null_key > 0)).toBe(true);
    expect(reports.some((r) => r.rows_after > r.rows_before)).toBe(true);
  });

  it('warns of a fan-out from the raw orders and of none once they are summarised', async () => {
    const [summarised, raw] = [JOIN_CASES[1]!, JOIN_CASES[4]!];
    for (const [c, warned] of [[summarised, false], [raw, true]] as const) {
      const result = decodeRows((await engine.query(unwrap(compileJoinReport(c.settings, inputs)).sql)).ipc);
      const { warnings } = readJoinReport(c.settings, inputs, result);
      expect(warnings.some((w) => w.code === 'join.fanOut' && w.params.table === 'orders')).toBe(warned);
    }
  });

  it('keeps data columns named like its own aliases ("l", "r", "k_1", "a_1") apart', async () => {
    const left: Table = { name: 'odd_left', columns: [['l', 'BIGINT'], ['r', 'VARCHAR']], rows: [{ l: 1, r: 'x' }, { l: 2, r: 'y' }, { l: 3, r: null }] };
    const right: Table = {
      name: 'odd_right',
      columns: [['r', 'BIGINT'], ['l', 'VARCHAR'], ['k_1', 'INTEGER'], ['a_1', 'INTEGER']],
      rows: [{ r: 1, l: 'p', k_1: 5, a_1: 10 }, { r: 1, l: 'q', k_1: 6, a_1: 20 }, { r: 4, l: 'z', k_1: 1, a_1: 1 }, { r: null, l: 'n', k_1: 2, a_1: 2 }],
    };
    for (const table of [left, right]) for (const statement of createTableSql(table)) await engine.exec(statement);
    const odd = await Promise.all([left, right].map(async (t) => ({ table: t.name, columns: await describeTable(engine, t.name) })));
    const settings = {
      base: 0,
      joins: [{ input: 1, kind: 'full' as const, keys: [{ left: 'l', right: 'r', as: null }], columns: null, prefix: '', aggregate: { count: true, measures: [{ column: 'a_1', fn: 'sum' as const }, { column: 'k_1', fn: 'max' as const }], latest: [{ column: 'l', by: 'k_1' }] } }],
    };
    const expected = joinReference(settings, [left, right]);
    const actual = await rowsOf(engine, unwrap(compileJoin(settings, odd)).sql);
    expect(sorted(actual.map((r) => expected.columns.map((c) => r[c])))).toEqual(sorted(expected.rows.map((r) => expected.columns.map((c) => r[c] ?? null))));
  });

  it('reads input tables named like its own CTEs', async () => {
    const table = 'join_1_left';
    for (const statement of createTableSql({ ...T.profile, name: table })) await engine.exec(statement);
    const named = [inputs[0]!, { table, columns: inputs[2]!.columns }];
    const settings = { base: 0, joins: [{ ...JOIN_CASES[0]!.settings.joins[0]!, input: 1 }] };
    const rows = await rowsOf(engine, unwrap(compileJoin(settings, named)).sql);
    expect(rows.length).toBe(joinReference(JOIN_CASES[0]!.settings, TABLES).rows.length);
  });

  it('runs with no joins: the base table, an empty report', async () => {
    const settings = { base: 2, joins: [] };
    expect((await rowsOf(engine, unwrap(compileJoin(settings, inputs)).sql)).length).toBe(T.profile.rows.length);
    const report = decodeRows((await engine.query(unwrap(compileJoinReport(settings, inputs)).sql)).ipc);
    expect(report.rows).toEqual([]);
    expect(report.columns.map((c) => c.name)).toEqual([...JOIN_REPORT_COLUMNS]);
  });
});
