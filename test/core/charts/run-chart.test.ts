// Running a chart cell's settings against native DuckDB: the builder and an equivalent JSON spec
// aggregate in DuckDB to the same rows; other JSON specs get (sampled) raw rows; user mistakes
// come back as errors that name the place to fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChart, JSON_ROW_LIMIT, type RunQuery } from '../../../src/core/charts/run-chart';
import { builderToSpec } from '../../../src/core/charts/portable-spec';
import { SegbookFailure } from '../../../src/core/errors';
import type { ChartCellSettings } from '../../../src/core/workbook/types';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { AMOUNT, GRADE, REGION, TABLE, createTableSql, generateRows } from './dataset';

const ROWS = generateRows(2000);
const BIG = 'big_table';
let engine: Awaited<ReturnType<typeof createNativeEngine>>;
const query: RunQuery = async (sql) => decodeRows((await engine.query(sql)).ipc);
const builder = (chart: ChartCellSettings['chart'], title = ''): ChartCellSettings => ({ mode: 'builder', chart, spec: '', title });
const json = (spec: unknown): ChartCellSettings => ({ mode: 'json', chart: { mark: 'bar', encodings: {} }, spec: typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2), title: '' });
const input = async (table: string) => ({ table, columns: (await engine.query(`SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT 0`)).columns });

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SegbookFailure);
  return (error as SegbookFailure).error;
}

beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  for (const statement of createTableSql(ROWS).split(';\n')) await engine.exec(statement);
  await engine.exec(`CREATE TABLE ${BIG} AS SELECT i, i % 7 AS g FROM range(50000) t(i)`);
});
afterAll(async () => engine.close());

const SUM_BY_GRADE = { mark: 'bar' as const, encodings: { x: { field: GRADE, type: 'nominal' as const }, y: { field: AMOUNT, type: 'quantitative' as const, aggregate: 'sum' as const } } };

describe('runChart', () => {
  it('draws one aggregated row per group in builder mode', async () => {
    const out = await runChart(builder(SUM_BY_GRADE, 'Revenue'), await input(TABLE), query);
    const grades = new Set(ROWS.filter((r) => r[AMOUNT] !== null).map((r) => r[GRADE]));
    expect(out.rows.length).toBe(grades.size);
    const total = ROWS.reduce((s, r) => s + (typeof r[AMOUNT] === 'number' ? (r[AMOUNT] as number) : 0), 0);
    expect(out.rows.reduce((s, r) => s + (r.y as number), 0)).toBeCloseTo(total, 6);
    expect(out.spec.title).toBe('Revenue');
    expect(out.pushedDown).toEqual(SUM_BY_GRADE);
  });

  it('pushes a JSON spec the builder can express down to DuckDB, keeping its title and config', async () => {
    const spec = { ...builderToSpec(SUM_BY_GRADE), title: 'From JSON', config: { bar: { color: 'teal' } } };
    const viaJson = await runChart(json(spec), await input(TABLE), query);
    const viaBuilder = await runChart(builder(SUM_BY_GRADE), await input(TABLE), query);
    expect(viaJson.pushedDown).toEqual(SUM_BY_GRADE);
    expect(viaJson.rows).toEqual(viaBuilder.rows);
    expect(viaJson.spec.title).toBe('From JSON');
    expect(viaJson.spec.config).toEqual({ bar: { color: 'teal' } });
  });

  it('gives other JSON specs the raw columns they use, sampled above the limit with a note', async () => {
    const spec = { mark: 'tick', encoding: { x: { field: 'i', type: 'quantitative' }, y: { field: 'g', type: 'nominal' } } };
    const out = await runChart(json(spec), await input(BIG), query);
    expect(out.pushedDown).toBeNull();
    expect(out.rows.length).toBe(JSON_ROW_LIMIT);
    expect(Object.keys(out.rows[0]!).sort()).toEqual(['g', 'i']);
    expect(out.notes).toEqual([{ key: 'chart.note.jsonSample', params: { shown: JSON_ROW_LIMIT, total: 50000 } }]);
    const again = await runChart(json(spec), await input(BIG), query);
    expect(again.rows).toEqual(out.rows); // the same sample every run
  });

  it('notes when groups were cut off', async () => {
    const out = await runChart(builder({ mark: 'bar', encodings: { x: { field: 'i', type: 'nominal' }, y: { type: 'quantitative', aggregate: 'count' } } }), await input(BIG), query);
    expect(out.rows.length).toBe(5000);
    expect(out.notes[0]?.key).toBe('chart.note.truncated');
  });

  it('says which builder choice is missing', async () => {
    const error = await failure(runChart(builder({ mark: 'arc', encodings: { color: { field: REGION, type: 'nominal' } } }), await input(TABLE), query));
    expect(error).toMatchObject({ code: 'chart.incomplete', params: { problem: 'chart.missingPosition', mark: 'arc' } });
  });

  it('reports the line and column of a JSON syntax error', async () => {
    const error = await failure(runChart(json('{\n  "mark": "bar",\n  "encoding": {,}\n}'), await input(TABLE), query));
    expect(error).toMatchObject({ code: 'chart.specJson', params: { line: 3, column: 16 } });
  });

  it('names schema problems and unknown fields', async () => {
    const invalid = await failure(runChart(json({ mark: 'bar', encoding: { x: { field: GRADE, type: 'category' } } }), await input(TABLE), query));
    expect(invalid).toMatchObject({ code: 'chart.specInvalid', params: { path: 'encoding.x.type' } });
    const unknown = await failure(runChart(json({ mark: 'bar', encoding: { x: { field: 'nope', type: 'nominal' } } }), await input(TABLE), query));
    expect(unknown).toMatchObject({ code: 'chart.unknownField', params: { field: 'nope', table: TABLE } });
  });
});
