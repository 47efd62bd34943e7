// Every compiled spec compiles with Vega-Lite without warnings, reads only the named dataset,
// and, rendered by Vega on the rows DuckDB returned, draws one mark per row (or per series).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { compileChartQuery } from '../../../src/core/charts/compile-query';
import { compileExtentQuery, readChartExtent } from '../../../src/core/charts/compile-extent';
import { compileVegaLiteSpec } from '../../../src/core/charts/compile-spec';
import type { ChartSettings } from '../../../src/core/charts/types';
import { decodeRows } from '../../../src/engine/arrow';
import { createNativeEngine } from '../../../src/engine/node';
import { CHART_CASES } from './cases';
import { TABLE, createTableSql, generateRows } from './dataset';

type Engine = Awaited<ReturnType<typeof createNativeEngine>>;
type SceneNode = { marktype?: string; role?: string; items?: SceneNode[] };

let engine: Engine;
beforeAll(async () => {
  engine = await createNativeEngine();
  await engine.start();
  for (const statement of createTableSql(generateRows(2000)).split(';\n')) await engine.exec(statement);
});
afterAll(async () => engine.close());

async function chartRows(settings: ChartSettings) {
  const extentQuery = compileExtentQuery(settings, TABLE);
  const extent = extentQuery && readChartExtent(extentQuery, decodeRows((await engine.query(extentQuery.sql)).ipc).rows[0]!);
  const query = compileChartQuery(settings, TABLE, { maxPoints: 300, ...(extent && { binExtent: extent.binExtent, rowCount: extent.rowCount }) });
  const { columns, rows } = decodeRows((await engine.query(query.sql)).ipc);
  return { query, rows: rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]]))) };
}

function compileQuietly(spec: object) {
  const warnings: unknown[] = [];
  const logger = { level: () => logger, error: (...m: unknown[]) => warnings.push(m), warn: (...m: unknown[]) => warnings.push(m), info: () => logger, debug: () => logger };
  const compiled = compile(spec as never, { logger: logger as never });
  return { vgSpec: compiled.spec, warnings };
}

const SCENE_MARK: Record<string, string> = { bar: 'rect', tick: 'rect', rect: 'rect', point: 'symbol', rule: 'rule', arc: 'arc', line: 'line', area: 'area' };

/** Items of each data mark (role 'mark'), summed over facet cells; axes and legends are left out. */
function dataMarks(node: SceneNode & { name?: string }, marks = new Map<string, { type: string; items: number }>()) {
  for (const child of (node.items ?? []) as (SceneNode & { name?: string })[]) {
    if (child.marktype && child.role === 'mark' && child.marktype !== 'group') {
      const seen = marks.get(child.name ?? '') ?? { type: child.marktype, items: 0 };
      // a line or area is one item per series
      seen.items += child.marktype === 'line' || child.marktype === 'area' ? Math.min(1, child.items?.length ?? 0) : (child.items?.length ?? 0);
      marks.set(child.name ?? '', seen);
    }
    dataMarks(child, marks);
  }
  return marks;
}

describe('Vega-Lite specs for compiled chart queries', () => {
  it.each(CHART_CASES)('$name', async ({ settings, spec: expected }) => {
    const { query, rows } = await chartRows(settings);
    const spec = compileVegaLiteSpec(settings, query.fields) as unknown as Record<string, unknown>;
    expect(JSON.stringify(spec)).not.toMatch(/"url"|https?:/);
    expect(spec.data).toEqual({ name: 'table' });

    const { vgSpec, warnings } = compileQuietly(spec);
    expect(warnings).toEqual([]);
    const view = spec.layer ?? (spec.spec as { layer?: unknown } | undefined)?.layer;
    const layers = (view as { mark: { type: string } }[] | undefined)?.map((l) => l.mark.type);
    expect(layers ?? (spec.mark as { type: string }).type).toEqual(expected.mark);
    const encoding = (spec.encoding ?? (spec.spec as { encoding?: object } | undefined)?.encoding) as object;
    expect(Object.keys(encoding).sort()).toEqual([...expected.channels].sort());

    const rendered = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
    rendered.data('table', rows);
    await rendered.runAsync();
    const marks = [...dataMarks((rendered.scenegraph() as unknown as { root: SceneNode }).root).values()];
    expect(marks.map((m) => m.type)).toEqual([expected.mark].flat().map((m) => SCENE_MARK[m]));
    const series = new Set(rows.map((r) => JSON.stringify([r.color, r.facet]))).size;
    for (const { type, items } of marks) expect(items, `${type} items`).toBe(type === 'line' || type === 'area' ? series : rows.length);
    const svg = await rendered.toSVG();
    expect(svg).toContain('<svg');
    // periodic time units arrive as 2012 reference dates; Vega must label them as such
    if (settings.encodings.x?.timeUnit === 'month') expect(svg).toMatch(/>Jan<[\s\S]*>Dec</);
    if (settings.encodings.y?.timeUnit === 'day') expect(svg).toMatch(/>Sun<[\s\S]*>Sat</);
    rendered.finalize();
  });

  it('puts the bars of a sorted bar chart in the order of their totals', async () => {
    const settings = CHART_CASES.find((c) => c.name === 'bar-sum-stacked-by-region')!.settings;
    const { query, rows } = await chartRows(settings);
    const view = new vega.View(vega.parse(compileQuietly(compileVegaLiteSpec(settings, query.fields)).vgSpec), { renderer: 'none' });
    view.data('table', rows);
    await view.runAsync();
    const totals = new Map<unknown, number>();
    for (const r of rows) totals.set(r.x, (totals.get(r.x) ?? 0) + (r.y as number));
    const byTotal = [...totals].sort((a, b) => b[1] - a[1]).map(([x]) => x);
    expect(view.scale('x').domain()).toEqual(byTotal);
  });
});
