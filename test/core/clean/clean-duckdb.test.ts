// Every clean case runs in DuckDB and keeps exactly the rows and values reference.ts computes
// in TypeScript from the same rows; the per-step report and the cast failures agree too.
// Native DuckDB runs every case; the WASM build the browser uses runs a few.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_REPORT_COLUMNS, cleanOutputColumns, compileCastFailures, compileClean, compileCleanReport, type CleanInput, type CleanStep } from '../../../src/core/clean';
import { quoteIdent } from '../../../src/core/sql/quote';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { createWasmNodeEngine } from '../../../src/engine/wasm-node';
import { CLEAN_CASES, type CleanCase } from './cases';
import { describeTable, rowsOf as rowsOfEngine, unwrap, type Engine } from './run';
import { COLUMNS, CUSTOMER, TABLE, createTableSql, generateRows, type Row } from './dataset';
import { castValue, cleanReference, type Kind } from './reference';

const ROWS = generateRows(400);
const KINDS: Record<string, Kind> = Object.fromEntries(
  Object.entries(COLUMNS).map(([name, type]) => [name, type === 'INTEGER' ? 'integer' : type === 'DOUBLE' ? 'number' : type.startsWith('DECIMAL') ? 'decimal' : 'text']),
);
const WASM_CASES = new Set(['cast text dates with three formats', 'trim, collapse, empty as NULL (ENUM too)', 'a pipeline whose later steps see earlier casts']);

const ENGINES: [string, () => Promise<Engine>, (c: CleanCase) => boolean][] = [
  ['native', () => createNativeEngine(), () => true],
  ['wasm', () => createWasmNodeEngine(), (c) => WASM_CASES.has(c.name)],
];

/** Numbers compared to 9 significant places: DuckDB and JavaScript may differ in the last bit of a mean. */
const comparable = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(9)) : value);
const comparableRow = (row: Row, names: readonly string[]) => names.map((n) => comparable(row[n] ?? null));

describe.each(ENGINES)('clean in DuckDB (%s)', (_, create, runs) => {
  let engine: Engine;
  let input: CleanInput;

  beforeAll(async () => {
    engine = await create();
    await engine.start();
    for (const statement of createTableSql(ROWS)) await engine.exec(statement);
    input = { table: TABLE, columns: await describeTable(engine, TABLE) };
  });
  afterAll(async () => engine.close?.());

  const rowsOf = async (sql: string) => (await rowsOfEngine(engine, sql)) as Row[];

  it('reads the table back with the types the cases assume', () => {
    expect(input.columns.map((c) => c.type)).toEqual(Object.values(COLUMNS));
  });

  it.each(CLEAN_CASES.filter(runs))('$name', async ({ steps, keysOnly }) => {
    const expected = cleanReference(ROWS, KINDS, steps);
    const sql = unwrap(compileClean({ steps }, input)).sql;
    // ENUM cast to text: the WASM engine's Arrow decoding reads dictionary columns as NULL (reported to the lead).
    const actual = await rowsOf(`SELECT * REPLACE (CAST(tier AS VARCHAR) AS tier) FROM (${sql}) ORDER BY ${quoteIdent('id')}`);
    const names = keysOnly ?? Object.keys(COLUMNS);
    const sortKey = (r: unknown[]) => JSON.stringify(r);
    const pick = (rows: Row[]) => rows.map((r) => comparableRow(r, names)).sort((a, b) => (keysOnly ? sortKey(a).localeCompare(sortKey(b)) : 0));
    const wanted = keysOnly ? expected.rows : [...expected.rows].sort((a, b) => (a.id as number) - (b.id as number));
    expect(pick(actual)).toEqual(pick(wanted));

    // The report says what each step did, as the reference counted it.
    const report = await rowsOf(unwrap(compileCleanReport({ steps }, input)).sql);
    expect(report.map((r) => Object.keys(r))).toEqual(report.map(() => [...CLEAN_REPORT_COLUMNS]));
    expect(report).toEqual(
      expected.report.map((s, i) => ({
        step_index: i,
        kind: s.kind,
        rows_before: s.rowsBefore,
        rows_after: s.rowsAfter,
        rows_removed: s.rowsBefore - s.rowsAfter,
        values_changed: s.valuesChanged,
        cast_failures: s.castFailures,
      })),
    );

    // The planned column types are the ones DuckDB gives the result.
    const described = await rowsOf(`DESCRIBE (${sql})`);
    const planned = unwrap(cleanOutputColumns({ steps }, input)).columns;
    expect(described.map((r) => [r.column_name, r.column_type])).toEqual(planned.map((c) => [c.name, c.type]));
  });

  it('cases are not trivial: each step removes rows or changes values', async () => {
    for (const { steps } of CLEAN_CASES) {
      // A cast that converts every value is a fine case (integer to text) with nothing to count.
      for (const step of cleanReference(ROWS, KINDS, steps).report.filter((s) => s.kind !== 'cast')) {
        expect(step.rowsAfter < step.rowsBefore || (step.valuesChanged ?? 0) > 0 || (step.castFailures ?? 0) > 0, JSON.stringify(step)).toBe(true);
      }
    }
  });

  it('lists the values a cast could not convert, most frequent first', async () => {
    const steps: CleanStep[] = [
      { kind: 'exclude', column: 'InvoiceNo', match: { kind: 'prefix', prefix: 'C' }, ignoreCase: true },
      { kind: 'cast', column: 'order_day', to: 'DATE', formats: ['%Y-%m-%d', '%d/%m/%Y'] },
    ];
    const kept = cleanReference(ROWS, KINDS, steps.slice(0, 1)).rows;
    const counts = new Map<string, number>();
    for (const r of kept) {
      const v = r.order_day ?? null;
      if (v === null || String(v).trim() === '' || castValue(v, 'text', 'DATE', ['%Y-%m-%d', '%d/%m/%Y']) !== null) continue;
      counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    }
    const expected = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([value, rows]) => ({ value, rows }));
    expect(expected.length).toBe(3);
    expect(await rowsOf(unwrap(compileCastFailures({ steps }, input, 1, 3)).sql)).toEqual(expected);
    // The failures' total is the report's cast_failures for that step.
    const all = await rowsOf(unwrap(compileCastFailures({ steps }, input, 1, 1000)).sql);
    const report = await rowsOf(unwrap(compileCleanReport({ steps }, input)).sql);
    expect(all.reduce((sum, r) => sum + (r.rows as number), 0)).toBe(report[1]!.cast_failures);
  });

  it('runs with no steps: every row, an empty report', async () => {
    expect((await rowsOf(unwrap(compileClean({ steps: [] }, input)).sql)).length).toBe(ROWS.length);
    const report = decodeRows((await engine.query(unwrap(compileCleanReport({ steps: [] }, input)).sql)).ipc);
    expect(report.rows).toEqual([]);
    expect(report.columns.map((c) => c.name)).toEqual([...CLEAN_REPORT_COLUMNS]);
  });

  it('keeps data columns named like its own aliases ("t", "s", "lo", "value") apart', async () => {
    const rows: Row[] = [
      { t: 1, s: 1.5, lo: 5, value: null },
      { t: 2, s: 2, lo: null, value: 10 },
      { t: 3, s: 100, lo: 7, value: 20 },
      { t: null, s: null, lo: 8, value: 30 },
    ];
    const sql = rows.map((r) => `(${[r.t, r.s, r.lo, r.value].map((v) => (v === null ? 'NULL' : String(v))).join(', ')})`).join(', ');
    await engine.exec('CREATE TABLE odd (t INTEGER, s DOUBLE, lo DOUBLE, value INTEGER)');
    await engine.exec(`INSERT INTO odd VALUES ${sql}`);
    const odd = { table: 'odd', columns: [{ name: 't', type: 'INTEGER' }, { name: 's', type: 'DOUBLE' }, { name: 'lo', type: 'DOUBLE' }, { name: 'value', type: 'INTEGER' }] };
    expect(await describeTable(engine, 'odd')).toEqual(odd.columns);
    const steps: CleanStep[] = [
      { kind: 'fillNulls', column: 't', fill: { kind: 'mean' } },
      { kind: 'fillNulls', column: 'value', fill: { kind: 'median' } },
      { kind: 'cap', column: 's', percentile: 10, sides: 'both' },
      { kind: 'cap', column: 'lo', percentile: 25, sides: 'upper' },
    ];
    const expected = cleanReference(rows, { t: 'integer', s: 'number', lo: 'number', value: 'integer' }, steps).rows;
    const actual = await rowsOf(`SELECT * FROM (${unwrap(compileClean({ steps }, odd)).sql}) ORDER BY lo NULLS FIRST`);
    const byLo = (a: Row, b: Row) => (a.lo === null ? -1 : b.lo === null ? 1 : (a.lo as number) - (b.lo as number));
    expect(actual.map((r) => comparableRow(r, ['t', 's', 'lo', 'value']))).toEqual([...expected].sort(byLo).map((r) => comparableRow(r, ['t', 's', 'lo', 'value'])));
  });

  it('reads an input table named like its own step CTEs', async () => {
    const table = 'step_2_cast';
    for (const statement of createTableSql(ROWS.slice(0, 50), table).slice(1)) await engine.exec(statement);
    const steps: CleanStep[] = [
      { kind: 'dropNulls', columns: [CUSTOMER] },
      { kind: 'cast', column: CUSTOMER, to: 'BIGINT', formats: [] },
    ];
    const sql = unwrap(compileClean({ steps }, { table, columns: input.columns })).sql;
    const expected = cleanReference(ROWS.slice(0, 50), KINDS, steps).rows;
    expect((await rowsOf(sql)).length).toBe(expected.length);
  });
});
