// What running a chart cell means, independent of where DuckDB runs (browser worker or the
// headless runner): pick the path, run its queries through `query`, and return the spec and
// rows to draw plus notes the user should read (sampled, groups cut off).
//
// Builder charts, and JSON specs the builder can express, aggregate in DuckDB and hand Vega-Lite
// only the aggregated rows. Other JSON specs get the input's rows (sampled above a limit, and the
// chart says so) and Vega-Lite computes the rest.

import { segbookError, SegbookFailure, type SegbookError } from '../errors';
import { quoteIdent } from '../sql/quote';
import type { ColumnInfo } from '../workbook/import-options';
import type { ChartCellSettings } from '../workbook/types';
import { compileExtentQuery, readChartExtent } from './compile-extent';
import { compileChartQuery, DEFAULT_SAMPLE_SEED } from './compile-query';
import { compileVegaLiteSpec } from './compile-spec';
import { chartSettingsProblem } from './plan';
import { COSMETIC_KEYS, specFields, specToBuilder } from './portable-spec';
import type { ChartField, ChartSettings } from './types';
import { validateVegaLite } from './validate-spec';

/** A JSON spec that Vega-Lite aggregates itself gets at most this many input rows. */
export const JSON_ROW_LIMIT = 10_000;

export type Row = Record<string, unknown>;
export type RunQuery = (sql: string) => Promise<{ columns: ColumnInfo[]; rows: unknown[][] }>;

export interface ChartNote {
  key: 'chart.note.sampled' | 'chart.note.truncated' | 'chart.note.jsonSample' | 'chart.note.pushedDown';
  params: Record<string, number>;
}

export interface ChartOutput {
  spec: Record<string, unknown>;
  rows: Row[];
  /** The queries run, in order, for "show SQL". */
  sql: string[];
  notes: ChartNote[];
  /** The builder settings drawn in DuckDB (null: Vega-Lite computed the chart from raw rows). */
  pushedDown: ChartSettings | null;
  /** What each column of `rows` holds (builder path), for mapping a selection back to the input. */
  fields: ChartField[];
}

export interface ChartInputTable {
  table: string;
  columns: ColumnInfo[];
}

export async function runChart(settings: ChartCellSettings, input: ChartInputTable, query: RunQuery): Promise<ChartOutput> {
  if (settings.mode === 'builder') return runBuilderChart(settings.chart, settings.title ? { title: settings.title } : {}, input, query);
  const spec = parseSpec(settings.spec);
  const problem = await validateVegaLite(spec);
  if (problem) fail(segbookError('chart.specInvalid', { path: problem.path, detail: problem.detail }));
  const hasTransforms = 'transform' in spec || 'layer' in spec;
  const known = new Set(input.columns.map((c) => c.name));
  const unknown = specFields(spec).find((f) => !known.has(f));
  if (unknown !== undefined && !hasTransforms && !('data' in spec)) fail(segbookError('chart.unknownField', { field: unknown, table: input.table }));
  const reading = specToBuilder(spec);
  if (reading.lost.length === 0 && !chartSettingsProblem(reading.settings)) {
    const cosmetic = Object.fromEntries(COSMETIC_KEYS.filter((k) => k in spec).map((k) => [k, spec[k]]));
    return runBuilderChart(reading.settings, cosmetic, input, query);
  }
  if ('data' in spec) return { spec, rows: [], sql: [], notes: [], pushedDown: null, fields: [] }; // the spec brings its own data (a URL is refused when drawn)
  return runRawSpec(spec, input, query, known);
}

async function runBuilderChart(chart: ChartSettings, cosmetic: Row, input: ChartInputTable, query: RunQuery): Promise<ChartOutput> {
  const problem = chartSettingsProblem(chart);
  if (problem) fail(segbookError('chart.incomplete', { problem: problem.code, ...problem.params, mark: chart.mark }));
  const sql: string[] = [];
  const extentQuery = compileExtentQuery(chart, input.table);
  let extent = null;
  if (extentQuery) {
    sql.push(extentQuery.sql);
    extent = readChartExtent(extentQuery, (await query(extentQuery.sql)).rows[0] ?? []);
  }
  const compiled = compileChartQuery(chart, input.table, extent ? { binExtent: extent.binExtent, rowCount: extent.rowCount } : {});
  sql.push(compiled.sql);
  const result = await query(compiled.sql);
  const notes: ChartNote[] = [];
  const truncated = result.rows.length > compiled.rowLimit;
  if (truncated) notes.push({ key: 'chart.note.truncated', params: { shown: compiled.rowLimit } });
  if (compiled.sampled === true && extent) notes.push({ key: 'chart.note.sampled', params: { shown: compiled.rowLimit, total: extent.rowCount } });
  const rows = toObjects(result, truncated ? compiled.rowLimit : result.rows.length);
  const spec = { ...compileVegaLiteSpec(chart, compiled.fields), ...cosmetic } as Row;
  return { spec, rows, sql, notes, pushedDown: chart, fields: compiled.fields };
}

async function runRawSpec(spec: Row, input: ChartInputTable, query: RunQuery, known: Set<string>): Promise<ChartOutput> {
  const table = quoteIdent(input.table);
  const countSql = `SELECT count(*)::DOUBLE AS "rows" FROM ${table}`;
  const total = Number((await query(countSql)).rows[0]?.[0] ?? 0);
  const used = specFields(spec).filter((f) => known.has(f));
  const columns = used.length > 0 ? used.map(quoteIdent).join(', ') : '*';
  const sample = total > JSON_ROW_LIMIT ? ` USING SAMPLE reservoir(${JSON_ROW_LIMIT} ROWS) REPEATABLE (${DEFAULT_SAMPLE_SEED})` : '';
  const rowsSql = `SELECT ${columns} FROM ${table}${sample}`;
  const result = await query(rowsSql);
  const notes: ChartNote[] = sample ? [{ key: 'chart.note.jsonSample', params: { shown: JSON_ROW_LIMIT, total } }] : [];
  return { spec, rows: toObjects(result, result.rows.length), sql: [countSql, rowsSql], notes, pushedDown: null, fields: [] };
}

function toObjects(result: { columns: ColumnInfo[]; rows: unknown[][] }, limit: number): Row[] {
  const names = result.columns.map((c) => c.name);
  return result.rows.slice(0, limit).map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]])));
}

/** JSON.parse with the line and column of a syntax error (V8 reports a character position). */
export function parseSpec(text: string): Row {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const position = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
    const before = Number.isFinite(position) ? text.slice(0, position) : text;
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    fail(segbookError('chart.specJson', { line, column, detail: detail.replace(/^.*?: /, '').replace(/ in JSON at position.*$/, '') }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(segbookError('chart.specInvalid', { path: '(top level)', detail: 'a Vega-Lite spec is a JSON object' }));
  }
  return value as Row;
}

function fail(error: SegbookError): never {
  throw new SegbookFailure(error);
}
