// Loaded only with ?bench=1: lets `npm run bench` time a chart the way the chart cell draws it
// (runChart's queries in the worker, then Vega rendering on the page) without driving the UI.
import { runChart } from './core/charts/run-chart';
import type { ChartSettings } from './core/charts/types';
import type { EngineClient } from './engine/client';
import { decodeRows } from './engine/arrow';
import { chartConfig, readThemeVariables } from './ui/charts/chart-theme';
import { renderChart } from './ui/charts/vega-safe';

export interface ChartTiming {
  queryMs: number;
  renderMs: number;
  rows: number;
  marks: number;
}

export async function timeChart(engine: EngineClient, chart: ChartSettings, table: string): Promise<ChartTiming> {
  const started = performance.now();
  const head = await engine.query(`SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT 0`);
  const output = await runChart({ mode: 'builder', chart, spec: '', title: '' }, { table, columns: head.columns }, async (sql) => decodeRows((await engine.query(sql)).ipc));
  const queried = performance.now();
  const host = document.body.appendChild(document.createElement('div'));
  host.style.width = '900px';
  try {
    const rendered = await renderChart(host, output.spec as never, output.rows, { config: chartConfig(readThemeVariables(host), 'en'), width: 900, height: 300 });
    const renderMs = performance.now() - queried;
    const marks = host.querySelectorAll('path[aria-roledescription], canvas').length;
    rendered.finalize();
    return { queryMs: queried - started, renderMs, rows: output.rows.length, marks };
  } finally {
    host.remove();
  }
}
