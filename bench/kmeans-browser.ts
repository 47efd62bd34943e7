// Benchmark (not a test): k-means in Chromium's k-means worker, 1M customers x 6 features, k = 8,
// beside scikit-learn single-threaded (OMP_NUM_THREADS=1) on the same bytes, in the same run.
//   npm run bench:kmeans [-- rows]      -> prints a table and writes bench/kmeans-results.md
// A small page is built with Vite (into a scratch folder, removed afterwards) around the app's own
// worker client (src/workers/kmeans/client.ts) and served by `vite preview`. Measured there:
// - per iteration: fitKmeans in a worker from the first k rows, tol = 0, 5 and 25 iterations;
//   "fit / iter" = T25 / 25, "marginal" = (T25 - T5) / 20 (as bench/kmeans.ts does in Node);
// - a full fit as the cell runs it: the app's worker job (k-means++, n_init = 1, tol 1e-4, then
//   silhouette on a 10k sample, profiles, PCA and the labels as Arrow IPC), data sent as Arrow IPC,
//   three times (the median run is reported);
// - responsiveness: the longest gap between requestAnimationFrame callbacks during that fit.
import { execSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { D, generateBlobs, K } from './kmeans-blobs';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.argv[2] ?? 1_000_000);
const PORT = Number(process.env.SEGBOOK_BENCH_PORT ?? 5511);

const WORKER = `
import * as Comlink from 'comlink';
import { fitKmeans } from '${ROOT}src/core/kmeans/fit';
let m = null;
Comlink.expose({
  load(data, rows, cols) {
    m = { data, rows, cols }; // sent once: a copy per fit would leave 48 MB of garbage each time
  },
  fit(k, maxIter, algorithm) {
    const { data, cols } = m;
    const init = data.slice(0, k * cols);
    const t = performance.now();
    const each = [];
    let last = t;
    const onProgress = () => { const now = performance.now(); each.push(now - last); last = now; };
    const r = fitKmeans(m, { k, seed: 0, nInit: 1, maxIter, tol: 0, algorithm, init }, { onProgress });
    if (!r.ok) throw new Error(r.problem.code);
    return { wall: performance.now() - t, iterations: r.value.iterations, inertia: r.value.inertia, each };
  },
});`;

const PAGE = `
import * as Comlink from 'comlink';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { startClusterJob } from '${ROOT}src/workers/kmeans/client';
window.runBench = async (rows, cols, k) => {
  const data = new Float64Array(await (await fetch('/data.f64')).arrayBuffer());
  const out = {};
  const worker = Comlink.wrap(new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' }));
  await worker.load(data, rows, cols);
  for (const algorithm of ['lloyd', 'hamerly']) {
    await worker.fit(k, 3, algorithm); // warm the JIT
    out[algorithm + '5'] = await worker.fit(k, 5, algorithm);
    out[algorithm + '25'] = await worker.fit(k, 25, algorithm);
  }
  const columns = { __segbook_row: Float64Array.from({ length: rows }, (_, i) => i) };
  for (let j = 0; j < cols; j++) columns['f' + j] = Float64Array.from({ length: rows }, (_, i) => data[i * cols + j]);
  const ipc = tableToIPC(tableFromArrays(columns), 'stream');
  const features = Array.from({ length: cols }, (_, j) => ({ column: 'x' + j, type: 'DOUBLE', options: { log1p: false, scale: 'none', winsorise: null } }));
  // The whole job three times; the run with the median total is reported.
  const jobs = [];
  for (let run = 0; run < 3; run++) {
    const bytes = ipc.slice(); // transferred to the worker: each run sends its own copy (made before the frames are watched)
    let last = performance.now(), worst = 0, frames = 0, running = true;
    const tick = (now) => { worst = Math.max(worst, now - last); last = now; frames++; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const started = performance.now();
    const job = startClusterJob(bytes, { features, missing: 'drop', k, seed: 0, nInit: 1, maxIter: 300, tol: 1e-4, algorithm: 'hamerly' });
    const result = await job.result;
    const total = performance.now() - started;
    running = false;
    if (!result.ok) throw new Error(result.problem.code);
    const s = result.value.summary;
    jobs.push({ total, decode: s.decodeMs, analysis: s.analysisMs, ...s.timings, iterations: s.iterations, inertia: s.inertia, worstFrameGap: worst, frames });
    await new Promise((r) => setTimeout(r, 500));
  }
  jobs.sort((a, b) => a.total - b.total);
  out.job = { ...jobs[1], totals: jobs.map((j) => j.total) };
  return out;
};`;

const SKLEARN = String.raw`
import json, sys, time
import numpy as np
from sklearn.cluster import KMeans
rows, d, k = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
X = np.fromfile(sys.argv[1], dtype='<f8').reshape(rows, d)
init = X[:k].copy()
def timed(**kw):
    w = time.perf_counter()
    km = KMeans(n_clusters=k, **kw).fit(X)
    return {'wall': (time.perf_counter() - w) * 1000, 'iterations': int(km.n_iter_), 'inertia': float(km.inertia_)}
out = {}
for alg in ('lloyd', 'elkan'):
    out[alg + '5'] = timed(init=init, n_init=1, max_iter=5, tol=0, algorithm=alg)
    out[alg + '25'] = timed(init=init, n_init=1, max_iter=25, tol=0, algorithm=alg)
    out[alg + 'Full'] = timed(init='k-means++', n_init=1, random_state=0, algorithm=alg)
print(json.dumps(out))
`;

interface Timing { wall: number; iterations: number; inertia: number; each?: number[] }

function runSklearn(file: string): Record<string, Timing> | string {
  const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import sklearn']).status === 0);
  if (!python) return 'skipped: no python3 with scikit-learn (Debian: apt install python3-sklearn)';
  const threads = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const run = spawnSync(python, ['-c', SKLEARN, file, String(ROWS), String(D), String(K)], { encoding: 'utf8', env: { ...process.env, ...threads } });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').pop()}`;
  return JSON.parse(run.stdout) as Record<string, Timing>;
}

async function runChromium(dir: string): Promise<Record<string, Timing> & { job: Record<string, number> & { totals: number[] } }> {
  const out = path.join(dir, 'dist');
  await build({ root: dir, configFile: false, logLevel: 'warn', build: { outDir: out, target: 'es2022' }, worker: { format: 'es' } });
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', out, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore', detached: true });
  const stop = () => { try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* gone */ } };
  process.once('exit', stop);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => 'runBench' in window);
    return await page.evaluate(([rows, d, k]) => (window as unknown as { runBench(r: number, d: number, k: number): Promise<never> }).runBench(rows!, d!, k!), [ROWS, D, K]);
  } finally {
    await browser.close();
    stop();
  }
}

const per = (t25: Timing, t5: Timing) => `${(t25.wall / t25.iterations).toFixed(1)} | ${((t25.wall - t5.wall) / (t25.iterations - t5.iterations)).toFixed(1)}`;
/** Mean of iterations 6..25, each timed on its own (the progress callback after every iteration). */
const measured = (t25: Timing) => (t25.each ? (t25.each.slice(5).reduce((a, b) => a + b, 0) / (t25.each.length - 5)).toFixed(1) : '—');

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(ROOT, 'bench', '.kmeans-page-'));
  try {
    mkdirSync(path.join(dir, 'public'));
    const { data } = generateBlobs(ROWS);
    const file = path.join(dir, 'public', 'data.f64');
    writeFileSync(file, new Uint8Array(data.buffer));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><script type="module" src="./main.ts"></script>');
    writeFileSync(path.join(dir, 'main.ts'), PAGE);
    writeFileSync(path.join(dir, 'fit.worker.ts'), WORKER);
    const sk = runSklearn(file);
    const js = await runChromium(dir);
    const chromiumVersion = (() => { try { return execSync('/usr/bin/chromium --version').toString().trim(); } catch { return 'chromium ?'; } })();
    const lines = [
      '# k-means in the browser: benchmark', '',
      `Made by \`npm run bench:kmeans\` on ${new Date().toISOString().slice(0, 10)}. ${ROWS.toLocaleString('en')} rows x ${D} features, k = ${K} (eight Gaussian blobs, bench/kmeans-blobs.ts).`,
      `Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${chromiumVersion}; load average ${os.loadavg()[0]!.toFixed(1)} at the end (the machine is shared: wall times include waiting for a core).`, '',
      '## Per iteration, from the same initial centres (the first k rows), tol = 0', '',
      'Milliseconds per iteration: T25 / 25 includes the fixed costs of a fit; (T25 - T5) / 20 is what one more iteration costs; the last column times iterations 6-25 one by one (Segbook only: scikit-learn reports no per-iteration times), which a one-off pause in the first iterations cannot skew.', '',
      '| implementation | T25 / 25 | (T25 - T5) / 20 | mean of iterations 6-25 | inertia after 25 |', '| --- | --- | --- | --- | --- |',
      `| Segbook Lloyd, Chromium worker | ${per(js.lloyd25!, js.lloyd5!)} | ${measured(js.lloyd25!)} | ${js.lloyd25!.inertia.toExponential(6)} |`,
      `| Segbook Hamerly, Chromium worker | ${per(js.hamerly25!, js.hamerly5!)} | ${measured(js.hamerly25!)} | ${js.hamerly25!.inertia.toExponential(6)} |`,
    ];
    if (typeof sk === 'string') lines.push('', `scikit-learn: ${sk}`);
    else lines.push(`| scikit-learn lloyd, 1 thread | ${per(sk.lloyd25!, sk.lloyd5!)} | — | ${sk.lloyd25!.inertia.toExponential(6)} |`, `| scikit-learn elkan, 1 thread | ${per(sk.elkan25!, sk.elkan5!)} | — | ${sk.elkan25!.inertia.toExponential(6)} |`);
    const job = js.job;
    lines.push('', '## A full fit as the cluster cell runs it (k-means++, n_init = 1, tol 1e-4, Hamerly)', '',
      '| | ms |', '| --- | --- |',
      `| whole job, page side (send Arrow IPC, decode, fit, silhouette on 10k, profiles, PCA, labels back as Arrow IPC); the median of ${job.totals.map((t) => t.toFixed(0)).join(', ')} | ${job.total!.toFixed(0)} |`,
      `| decode Arrow IPC to Float64Array in the worker | ${job.decode!.toFixed(0)} |`,
      `| analysis in the worker | ${job.analysis!.toFixed(0)} |`,
      `| - prepare the features (missing values, scaling) | ${job.prepare!.toFixed(0)} |`,
      `| - fit: k-means++ and ${job.iterations} iterations | ${job.fit!.toFixed(0)} |`,
      `| - silhouette on a 10,000-row sample | ${job.silhouette!.toFixed(0)} |`,
      `| - profiles (explain) | ${job.explain!.toFixed(0)} |`,
      `| - PCA | ${job.pca!.toFixed(0)} |`,
      `| longest gap between animation frames on the page during the job (${job.frames} frames) | ${job.worstFrameGap!.toFixed(0)} |`);
    if (typeof sk !== 'string') lines.push(`| scikit-learn lloyd full fit (k-means++, n_init = 1), 1 thread, for comparison | ${sk.lloydFull!.wall.toFixed(0)} (${sk.lloydFull!.iterations} iterations) |`);
    const text = lines.join('\n') + '\n';
    writeFileSync(path.join(ROOT, 'bench', 'kmeans-results.md'), text);
    console.log(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
