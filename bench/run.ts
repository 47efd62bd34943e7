// Benchmark: the main steps on generated orders (1M and 10M rows) in Chromium (DuckDB-WASM in
// the built app's worker) beside native DuckDB, in the same run, on the same files.
// Not a test: it records figures with the machine in bench/results.md.
//   npm run bench            (both sizes)
//   npm run bench -- 1000000 (one size)
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { runChart } from '../src/core/charts/run-chart';
import { compileRfm, defaultRfmSettings } from '../src/core/segments/rfm';
import type { ChartSettings } from '../src/core/charts/types';
import { decodeRows } from '../src/engine/arrow';
import { createNativeEngine } from '../src/engine/node';
import { writeOrdersCsv } from './generate-orders';
import { defaultKmeansSettings, type KmeansSettings } from '../src/core/kmeans/settings';
import type { ClusterCell } from '../src/core/workbook/types';
import { runClusterHeadless } from '../src/headless/run-cluster';
import { isSegbookError } from '../src/core/errors';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ROW_COUNTS = SIZES.length ? SIZES : [1_000_000, 10_000_000];
const PORT = 4179;
const DATA_DIR = 'dist/bench-data'; // served by vite preview beside the app
const AS_OF = '2025-01-01';

/** The steps timed on both engines; SQL only, so both run exactly the same text. */
/** The RFM cell's own SQL (DESIGN §4: type-7 quantile edges, the R-F map), as the app runs it. */
function rfmSql(): string {
  const settings = { ...defaultRfmSettings(), asOf: AS_OF, columns: { customer: 'customer_id', timestamp: 'order_ts', amount: 'amount', order: 'order_id' } };
  const compiled = compileRfm(settings, { table: 'orders', columns: [
    { name: 'order_id', type: 'BIGINT' }, { name: 'customer_id', type: 'BIGINT' }, { name: 'order_ts', type: 'TIMESTAMP' }, { name: 'amount', type: 'BIGINT' },
  ] });
  if (!('sql' in compiled)) throw new Error(`RFM settings: ${JSON.stringify(compiled.problem)}`);
  return `CREATE OR REPLACE TABLE rfm AS ${compiled.sql}`;
}

const STEPS: { name: string; sql: string }[] = [
  { name: 'RFM cell: scores and segments per customer (compileRfm)', sql: rfmSql() },
  { name: 'segment sizes (GROUP BY r, f)', sql: 'SELECT r, f, count(*)::DOUBLE AS n, sum(monetary)::DOUBLE AS revenue FROM rfm GROUP BY ALL' },
  { name: 'column profile (nulls, distinct, min, max)', sql: `SELECT count(*) - count(amount), approx_count_distinct(customer_id), min(order_ts)::VARCHAR, max(order_ts)::VARCHAR, min(amount), max(amount) FROM orders` },
  { name: 'grid page from the middle (LIMIT 256 OFFSET n/2)', sql: 'SELECT * FROM orders LIMIT 256 OFFSET {half}' },
];

/**
 * The cluster cell on the RFM table, with the settings a marketer would pick: log recency,
 * frequency and monetary, standardised, k = 4, the default 10 restarts. The whole cell run:
 * feature query, fit (the k-means worker in Chromium; in process in Node, on the same
 * WebAssembly kernels), labels back into DuckDB joined to the input.
 */
const CLUSTER_STEP = 'cluster cell: k-means k = 4 on log R, F, M (10 restarts), table back';
const CLUSTER_SETTINGS: KmeansSettings = {
  ...defaultKmeansSettings(),
  idColumn: 'customer',
  features: ['recency', 'frequency', 'monetary'].map((column) => ({ column, log1p: true, scale: 'standardise' as const, winsorise: null })),
  k: 4,
};

/** Charts as the chart cell draws them: DuckDB aggregates (or samples), Vega draws the result. */
const CHARTS: { name: string; chart: ChartSettings }[] = [
  { name: 'chart: revenue by month (bar)', chart: { mark: 'bar', encodings: { x: { field: 'order_ts', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'amount', type: 'quantitative', aggregate: 'sum' } } } },
  { name: 'chart: histogram of amount', chart: { mark: 'histogram', encodings: { x: { field: 'amount', type: 'quantitative', bin: true } } } },
  { name: 'chart: scatter amount × time (5,000-row sample)', chart: { mark: 'point', encodings: { x: { field: 'order_ts', type: 'temporal' }, y: { field: 'amount', type: 'quantitative' } } } },
  { name: 'chart: boxplot of amount by month of year', chart: { mark: 'boxplot', encodings: { x: { field: 'order_ts', type: 'ordinal', timeUnit: 'month' }, y: { field: 'amount', type: 'quantitative' } } } },
];

interface Timing { step: string; rows: number; wasmMs: number; nativeMs: number; renderMs?: number }

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const chromiumVersion = (() => { try { return execSync('/usr/bin/chromium --version').toString().trim(); } catch { return 'chromium ?'; } })();
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${chromiumVersion}`;
}

async function timeNative(file: string, rows: number, steps = STEPS): Promise<Record<string, number>> {
  const engine = await createNativeEngine();
  const out: Record<string, number> = {};
  try {
    await engine.registerFile('orders.csv', { path: path.resolve(file) });
    let t = performance.now();
    const imported = await engine.importFile({ file: 'orders.csv', table: 'orders', options: { format: 'csv' } });
    out.load = performance.now() - t;
    if (imported.rowCount !== rows) throw new Error(`native loaded ${imported.rowCount} rows, expected ${rows}`);
    for (const step of steps) {
      t = performance.now();
      await engine.query(step.sql.replace('{half}', String(rows >> 1)));
      out[step.name] = performance.now() - t;
    }
    if (steps.length === 0) return out;
    t = performance.now();
    const cell = { id: 'bench-cluster', kind: 'cluster', name: 'clusters', inputs: [], settings: CLUSTER_SETTINGS } as unknown as ClusterCell;
    const clustered = await runClusterHeadless(engine, cell, 'rfm');
    if (isSegbookError(clustered)) throw new Error(`native cluster cell: ${JSON.stringify(clustered)}`);
    out[CLUSTER_STEP] = performance.now() - t;
    const head = await engine.query('SELECT * FROM orders LIMIT 0');
    for (const { name, chart } of CHARTS) {
      t = performance.now();
      await runChart({ mode: 'builder', chart, spec: '', title: '' }, { table: 'orders', columns: head.columns }, async (sql) => decodeRows((await engine.query(sql)).ipc));
      out[name] = performance.now() - t;
    }
  } finally {
    await engine.close();
  }
  return out;
}

async function timeChromium(fileUrl: string, rows: number, steps = STEPS): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/?bench=1`);
    await page.waitForFunction(() => (window as unknown as { segbook?: { engine?: unknown } }).segbook?.engine !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(async ({ url, rows, steps, charts, clusterStep, clusterSettings }) => {
      type E = { registerFile(n: string, f: File): Promise<void>; importFile(r: object): Promise<{ rowCount: number }>; query(s: string): Promise<unknown>; exec(s: string): Promise<void> };
      const engine = (window as unknown as { segbook: { engine: E } }).segbook.engine;
      const blob = await (await fetch(url)).blob();
      await engine.registerFile('orders.csv', new File([blob], 'orders.csv'));
      const out: Record<string, number> = {};
      let t = performance.now();
      const imported = await engine.importFile({ file: 'orders.csv', table: 'orders', options: { format: 'csv' } });
      out.load = performance.now() - t;
      if (imported.rowCount !== rows) throw new Error(`wasm loaded ${imported.rowCount} rows, expected ${rows}`);
      for (const step of steps) {
        t = performance.now();
        await engine.query(step.sql.replace('{half}', String(rows >> 1)));
        out[step.name] = performance.now() - t;
      }
      if (steps.length > 0) {
        const bench = (window as unknown as { segbook: { bench: {
          timeChart(e: E, c: object, t: string): Promise<{ queryMs: number; renderMs: number }>;
          timeCluster(e: E, s: object, input: string, table: string): Promise<{ ms: number }>;
        } } }).segbook.bench;
        out[clusterStep] = (await bench.timeCluster(engine, clusterSettings, 'rfm', 'clusters')).ms;
        // One untimed draw first: the first chart of a session also compiles Vega's code.
        await bench.timeChart(engine, charts[0]!.chart, 'orders');
        for (const { name, chart } of charts) {
          const timing = await bench.timeChart(engine, chart, 'orders');
          out[name] = timing.queryMs;
          out[`${name} render`] = timing.renderMs;
        }
      }
      await engine.exec('DROP TABLE IF EXISTS orders; DROP TABLE IF EXISTS rfm; DROP TABLE IF EXISTS clusters');
      return out;
    }, { url: fileUrl, rows, steps, charts: CHARTS, clusterStep: CLUSTER_STEP, clusterSettings: CLUSTER_SETTINGS });
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });
  mkdirSync(DATA_DIR, { recursive: true });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const stop = () => { try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* gone */ } };
  process.once('exit', stop);
  await new Promise((r) => setTimeout(r, 2500));
  const timings: Timing[] = [];
  try {
    // The real dataset first: the UCI Online Retail CSV shipped with the app (48 MB, 541,909 rows).
    const retail = path.join(DATA_DIR, 'online_retail.csv');
    writeFileSync(retail, gunzipSync(readFileSync('public/data/online_retail.csv.gz')));
    const retailNative = await timeNative(retail, 541_909, []);
    const retailWasm = await timeChromium('/bench-data/online_retail.csv', 541_909, []);
    timings.push({ step: 'load UCI Online Retail CSV (46 MB)', rows: 541_909, wasmMs: retailWasm.load!, nativeMs: retailNative.load! });
    console.log(`Online Retail CSV load: chromium ${retailWasm.load!.toFixed(0)} ms, native ${retailNative.load!.toFixed(0)} ms`);
    rmSync(retail);
    for (const rows of ROW_COUNTS) {
      const name = `orders_${rows}.csv`;
      const file = path.join(DATA_DIR, name);
      const customers = Math.max(1000, Math.round(rows / 10));
      console.log(`generating ${rows.toLocaleString()} orders for ${customers.toLocaleString()} customers`);
      await writeOrdersCsv(file, rows, customers);
      const mb = statSync(file).size / 2 ** 20;
      const native = await timeNative(file, rows);
      const wasm = await timeChromium(`/bench-data/${name}`, rows);
      for (const step of Object.keys(native)) {
        const label = step === 'load' ? `load CSV (${mb.toFixed(0)} MB)` : step;
        timings.push({ step: label, rows, wasmMs: wasm[step]!, nativeMs: native[step]!, renderMs: wasm[`${step} render`] });
        console.log(`${rows.toLocaleString().padStart(11)}  ${label.padEnd(52)} chromium ${wasm[step]!.toFixed(0).padStart(6)} ms  native ${native[step]!.toFixed(0).padStart(6)} ms`);
      }
      rmSync(file);
    }
  } finally {
    stop();
  }
  const lines = [
    '# Benchmark results', '',
    `Run ${new Date().toISOString()} by \`npm run bench\` on: ${machine()}.`,
    'DuckDB-WASM 1.32.0 (eh bundle, one worker) in headless Chromium against native DuckDB (@duckdb/node-api 1.4.4-r.1), same generated files, same SQL.',
    'Chromium load time includes reading the File through the worker; native reads from disk.', '',
    'Chart steps run the chart cell\'s own code (runChart: extent and chart queries); "draw" is Vega rendering the result in Chromium (SVG, 900 px wide), so a chart appears after query + draw (after one untimed warm-up draw).', '',
    '| rows | step | Chromium (ms) | native (ms) | ratio | Chromium draw (ms) |', '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...timings.map((t) => `| ${t.rows.toLocaleString('en-US')} | ${t.step} | ${t.wasmMs.toFixed(0)} | ${t.nativeMs.toFixed(0)} | ${(t.wasmMs / t.nativeMs).toFixed(2)}× | ${t.renderMs === undefined ? '' : t.renderMs.toFixed(0)} |`),
    '',
  ];
  writeFileSync('bench/results.md', lines.join('\n'));
  console.log('wrote bench/results.md');
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
