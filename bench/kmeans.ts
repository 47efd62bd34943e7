// Benchmark (not a test): k-means on 1M generated customers x 6 features, k = 8, in Node,
// beside scikit-learn single-threaded (OMP_NUM_THREADS=1) on the same bytes in the same run.
//   npx tsx bench/kmeans.ts [rows]
// Per iteration is timed from the same initial centres with tol = 0 (no early stop) at 5 and 25
// iterations: "fit / iter" divides the 25-iteration fit by 25 (fixed costs included), "marginal"
// is (T25 - T5) / 20, the cost of one more iteration. A full fit is k-means++ (n_init = 1) to
// convergence (tol 1e-4). Wall and CPU milliseconds are both shown: on a shared machine the wall
// clock includes time the process was waiting for a core. The Chromium side is added separately.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fitKmeans, type FitOptions } from '../src/core/kmeans/fit';
import { D, generateBlobs, K } from './kmeans-blobs';
import type { Matrix } from '../src/core/kmeans/types';

const ROWS = Number(process.argv[2] ?? 1_000_000);

interface Timing { wall: number; cpu: number; iterations: number; inertia: number }

function time(run: () => { iterations: number; inertia: number }): Timing {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage().user;
  const { iterations, inertia } = run();
  return { wall: performance.now() - wall0, cpu: (process.cpuUsage().user - cpu0) / 1000, iterations, inertia };
}

function fit(m: Matrix, options: Partial<FitOptions> & Pick<FitOptions, 'algorithm'>): { iterations: number; inertia: number } {
  const result = fitKmeans(m, { k: K, seed: 0, nInit: 1, maxIter: 300, tol: 1e-4, ...options });
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

const SKLEARN = String.raw`
import json, sys, time
import numpy as np
from sklearn.cluster import KMeans
rows, d, k = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
X = np.fromfile(sys.argv[1], dtype='<f8').reshape(rows, d)
init = X[:k].copy()
def timed(**kw):
    w, c = time.perf_counter(), time.process_time()
    km = KMeans(n_clusters=k, **kw).fit(X)
    return {'wall': (time.perf_counter() - w) * 1000, 'cpu': (time.process_time() - c) * 1000, 'iterations': int(km.n_iter_), 'inertia': float(km.inertia_)}
out = {}
for alg in ('lloyd', 'elkan'):
    out[alg + '5'] = timed(init=init, n_init=1, max_iter=5, tol=0, algorithm=alg)
    out[alg + '25'] = timed(init=init, n_init=1, max_iter=25, tol=0, algorithm=alg)
    out[alg + 'Full'] = timed(init='k-means++', n_init=1, random_state=0, algorithm=alg)
print(json.dumps(out))
`;

function findPython(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import sklearn'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

function runSklearn(m: Matrix): Record<string, Timing> | string {
  const python = findPython();
  if (!python) return 'skipped: no python3 with scikit-learn (Debian: apt install python3-sklearn)';
  const file = path.join(os.tmpdir(), `segbook-kmeans-bench-${process.pid}.f64`);
  writeFileSync(file, new Uint8Array(m.data.buffer, m.data.byteOffset, m.data.byteLength));
  try {
    const threads = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    const run = spawnSync(python, ['-c', SKLEARN, file, String(m.rows), String(D), String(K)], { encoding: 'utf8', env: { ...process.env, ...threads }, maxBuffer: 1 << 20 });
    if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').pop()}`;
    return JSON.parse(run.stdout) as Record<string, Timing>;
  } finally {
    rmSync(file, { force: true });
  }
}

const ms = (value: number) => value.toFixed(0);
const per = (t25: Timing, t5: Timing, key: 'wall' | 'cpu') => `${(t25[key] / t25.iterations).toFixed(1)} / ${((t25[key] - t5[key]) / (t25.iterations - t5.iterations)).toFixed(1)}`;

function main(): void {
  const m = generateBlobs(ROWS);
  const init = m.data.slice(0, K * D); // the first k rows, as the sklearn side
  fit(m, { algorithm: 'lloyd', init, maxIter: 3, tol: 0 }); // warm the JIT before timing
  fit(m, { algorithm: 'hamerly', init, maxIter: 3, tol: 0 });
  const lines: string[] = [];
  const sk = runSklearn(m);
  const js: Record<string, Timing> = {};
  for (const algorithm of ['lloyd', 'hamerly'] as const) {
    js[`${algorithm}5`] = time(() => fit(m, { algorithm, init, maxIter: 5, tol: 0 }));
    js[`${algorithm}25`] = time(() => fit(m, { algorithm, init, maxIter: 25, tol: 0 }));
    js[`${algorithm}Full`] = time(() => fit(m, { algorithm }));
  }
  lines.push(`k-means, ${ROWS.toLocaleString('en')} rows x ${D} features, k = ${K}; Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0]!.toFixed(1)}`, '');
  lines.push('| implementation | per iteration, ms wall (fit/iter / marginal) | per iteration, ms CPU (fit/iter / marginal) | full fit (k-means++, n_init=1), ms wall / CPU | iterations | inertia |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  const row = (name: string, t: Record<string, Timing>, key: string) =>
    `| ${name} | ${per(t[`${key}25`]!, t[`${key}5`]!, 'wall')} | ${per(t[`${key}25`]!, t[`${key}5`]!, 'cpu')} | ${ms(t[`${key}Full`]!.wall)} / ${ms(t[`${key}Full`]!.cpu)} | ${t[`${key}Full`]!.iterations} | ${t[`${key}Full`]!.inertia.toExponential(6)} |`;
  lines.push(row('Segbook Lloyd (Node)', js, 'lloyd'), row('Segbook Hamerly (Node)', js, 'hamerly'));
  if (typeof sk === 'string') lines.push('', `scikit-learn: ${sk}`);
  else lines.push(row('scikit-learn lloyd, 1 thread', sk, 'lloyd'), row('scikit-learn elkan, 1 thread', sk, 'elkan'));
  const same = typeof sk !== 'string' ? Math.abs(js.lloyd25!.inertia - sk.lloyd25!.inertia) / sk.lloyd25!.inertia : null;
  if (same !== null) lines.push('', `From the same initial centres, 25 iterations: inertia differs from scikit-learn's by ${same.toExponential(1)} (relative).`);
  console.log(lines.join('\n'));
}

main();
