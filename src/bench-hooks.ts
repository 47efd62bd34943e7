// Loaded only with ?bench=1: lets `npm run bench` time a chart the way the chart cell draws it
// (runChart's queries in the worker, then Vega rendering on the page) and a cluster cell's run,
// without driving the UI.
import { runChart } from './core/charts/run-chart';
import type { ChartSettings } from './core/charts/types';
import type { EngineClient } from './engine/client';
import { decodeRows } from './engine/arrow';
import { chartConfig, readThemeVariables } from './ui/charts/chart-theme';
import { renderChart } from './ui/charts/vega-safe';
import type { KmeansSettings } from './core/kmeans/settings';
import { startClusterJob } from './workers/kmeans/client';
import { clusterNames } from './workers/kmeans/cluster-names';
import { readFeatures } from './workers/kmeans/read-features';
import { writeClusterTable } from './workers/kmeans/write-cluster-table';

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

/**
 * A cluster cell's whole run as the app does it: feature query in DuckDB, fit in the k-means
 * worker, labels back into DuckDB joined to the input (`table`).
 */
export async function timeCluster(engine: EngineClient, settings: KmeansSettings, input: string, table: string): Promise<{ ms: number; rows: number; iterations: number }> {
  const started = performance.now();
  const { inputColumns, request, ipc } = await readFeatures(engine, input, settings);
  const outcome = await startClusterJob(ipc, request).result;
  if (!outcome.ok) throw new Error(outcome.problem.code);
  const { summary, labelsIpc } = outcome.value;
  const names = clusterNames(summary.proposedNames.en, settings.names);
  await writeClusterTable(engine, { table, input, inputColumns, idColumn: settings.idColumn, labels: `__segbook_labels_${table}`, labelsIpc, names, keepLabels: false });
  return { ms: performance.now() - started, rows: summary.clusteredRows, iterations: summary.totalIterations };
}
