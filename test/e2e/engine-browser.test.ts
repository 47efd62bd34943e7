// Engine behaviours that only a real browser worker proves: the browser virtual file system
// (Files read on demand, names that share a prefix), cancelling inside the worker, and no network
// access from SQL. Talks to window.segbook.engine (the app's EngineClient); no UI involved.
// Data is generated in the page: nothing big on disk.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import type { EngineClient } from '../../src/engine/client';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { baseUrl, launchBrowser, openApp, type AppPage } from './browser';

declare global {
  interface Window {
    /** Helpers this test installs in the page (see installHelpers). */
    engineTest: {
      /** A CSV File of `rows` rows: id,name,amount. */
      csvFile(name: string, rows: number): File;
      gzipFile(name: string, file: File): Promise<File>;
      /** Registers, sniffs and imports; resolves to the row count or the SegbookError code and params. */
      load(name: string, table: string, file: File): Promise<{ rows: number } | { code: string; params: object }>;
      /** The SegbookError of a failing promise (null when it resolves). */
      failure(promise: Promise<unknown>): Promise<{ code: string; params: object } | null>;
      engine: EngineClient;
    };
  }
}

let browser: Browser;
let app: AppPage;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US' });
  // on the context, before the app loads: worker requests (the engine's own wasm) must show up too
  context.on('request', (r: Request) => requests.push(r.url()));
  app = await openApp(browser, '/', context);
  await installHelpers(app.page);
});
afterAll(async () => {
  await browser?.close();
});

async function installHelpers(page: Page) {
  await page.evaluate(() => {
    const engine = window.segbook!.engine;
    const failure = async (promise: Promise<unknown>) => {
      try {
        await promise;
        return null;
      } catch (e) {
        const error = (e as { error?: { code: string; params: object } }).error;
        if (!error) throw e;
        return { code: error.code, params: error.params };
      }
    };
    window.engineTest = {
      engine,
      failure,
      csvFile(name, rows) {
        const lines = ['id,name,amount'];
        for (let i = 1; i <= rows; i++) lines.push(`${i},customer ${i % 97},${(i * 1.25).toFixed(2)}`);
        return new File([lines.join('\n') + '\n'], name, { type: 'text/csv' });
      },
      async gzipFile(name, file) {
        const gz = file.stream().pipeThrough(new CompressionStream('gzip'));
        return new File([await new Response(gz).blob()], name);
      },
      async load(name, table, file) {
        let rows = -1;
        const error = await failure(
          (async () => {
            await engine.registerFile(name, file);
            const sniff = await engine.sniffFile(name);
            rows = (await engine.importFile({ file: name, table, options: sniff.detected })).rowCount;
          })(),
        );
        return error ?? { rows };
      },
    };
  });
}

/**
 * Resident memory (MB) of the Chromium renderer processes this test started (the page and its
 * engine worker live there), read from /proc; null where there is no /proc.
 */
function rendererMemoryMB(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    try {
      if (!ours(pid) || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* exited meanwhile */
    }
  }
  return Math.round(kb / 1024);
}

describe('engine in the browser worker', () => {
  test('x.csv and x.csv.gz registered side by side are each read alone, in either order', async () => {
    const rows = 1234;
    const got = await app.page.evaluate(async (n) => {
      const t = window.engineTest;
      const csv = t.csvFile('x.csv', n);
      const gz = await t.gzipFile('x.csv.gz', csv);
      const out: Record<string, unknown> = {};
      // the plain file first, then its .gz: the bug read both through the shorter name
      out.plainFirst = await t.load('x.csv', 'x_plain', csv);
      out.gzAfter = await t.load('x.csv.gz', 'x_gz', gz);
      out.plainAgain = await t.load('x.csv', 'x_plain_again', csv);
      // and the other way round under fresh names
      out.gzFirst = await t.load('y.csv.gz', 'y_gz', gz);
      out.plainAfter = await t.load('y.csv', 'y_plain', csv);
      return out;
    }, rows);
    expect(got).toEqual({
      plainFirst: { rows },
      gzAfter: { rows },
      plainAgain: { rows },
      gzFirst: { rows },
      plainAfter: { rows },
    });
    // the plain tables hold exactly the generated ids (a second copy would double the sum too)
    const exact = await app.page.evaluate(async (n) => {
      const checks = ['x_plain', 'x_gz', 'x_plain_again', 'y_gz', 'y_plain'].map(
        (t) => `SELECT '${t}' FROM ${t} HAVING sum(id) = ${(n * (n + 1)) / 2} AND count(DISTINCT id) = ${n}`,
      );
      return (await window.engineTest.engine.query(checks.join(' UNION ALL '))).rowCount;
    }, rows);
    expect(exact).toBe(5);
  });

  test('a ~200 MB File is read on demand, not copied into the worker', async () => {
    const { page } = app;
    // each row is 128 bytes of text but one DOUBLE in the table, so the table stays small
    const rowText = `0.${'1'.repeat(125)}\n`;
    const rowsPerChunk = 8192; // 1 MiB chunk, repeated
    const chunks = 200;
    const bytes = await page.evaluate(
      ({ rowText, rowsPerChunk, chunks }) => {
        const chunk = new TextEncoder().encode(rowText.repeat(rowsPerChunk));
        const big = new File(['value\n', ...Array.from({ length: chunks }, () => chunk)], 'big.csv');
        (window as unknown as { big: File }).big = big;
        return big.size;
      },
      { rowText, rowsPerChunk, chunks },
    );
    expect(bytes).toBeGreaterThan(200 * 1024 * 1024);
    const before = rendererMemoryMB();
    const started = Date.now();
    const result = await page.evaluate(() => window.engineTest.load('big.csv', 'big', (window as unknown as { big: File }).big));
    const elapsed = Date.now() - started;
    const after = rendererMemoryMB();
    expect(result).toEqual({ rows: rowsPerChunk * chunks });
    console.log(`200 MB File: import ${elapsed} ms, renderer memory ${before} -> ${after} MB`);
    // a copy puts the file's bytes into the wasm heap (which never shrinks): +200 MB at least
    if (before !== null && after !== null) expect(after - before).toBeLessThan(120);
    await page.evaluate(async () => {
      await window.engineTest.engine.exec('DROP TABLE big');
      await window.engineTest.engine.dropFile('big.csv');
    });
  });

  test('a Parquet file with several row groups imports group by group, with progress', async () => {
    const rows = 2_500_000; // parquet-wasm writes row groups of 1,048,576 rows: three groups
    const got = await app.page.evaluate(async (n) => {
      const { engine } = window.engineTest;
      const bytes = await engine.exportQuery(`SELECT range AS id FROM range(${n})`, { format: 'parquet' });
      await engine.registerFile('groups.parquet', new File([bytes as Uint8Array<ArrayBuffer>], 'groups.parquet'));
      const fractions: (number | null)[] = [];
      const result = await engine.importFile({ file: 'groups.parquet', table: 'groups', options: { format: 'parquet' } }, 'pq', (p) => {
        if (p.phase === 'parse') fractions.push(p.fraction);
      });
      // progress travels on its own message channel: give the last event a moment to arrive
      for (let i = 0; i < 50 && fractions.at(-1) !== 1; i++) await new Promise((r) => setTimeout(r, 20));
      const exact = await engine.query(`SELECT 1 FROM groups HAVING count(DISTINCT id) = ${n} AND sum(id) = ${(n * (n - 1)) / 2}`);
      return { rows: result.rowCount, fractions, exact: exact.rowCount };
    }, rows);
    expect(got.rows).toBe(rows);
    expect(got.exact).toBe(1);
    expect(got.fractions.length).toBeGreaterThanOrEqual(2);
    expect(got.fractions.at(-1)).toBe(1);
    expect(got.fractions.every((f, i) => f !== null && f > 0 && (i === 0 || f > got.fractions[i - 1]!))).toBe(true);
  });

  test('cancelling a long query ends it with engine.cancelled and the next query works', async () => {
    const got = await app.page.evaluate(async () => {
      const { engine, failure } = window.engineTest;
      const started = performance.now();
      const running = failure(engine.query('SELECT sum(a.range) FROM range(10000000000) a, range(3) b', 'long'));
      await new Promise((r) => setTimeout(r, 500));
      const cancelled = await engine.cancel('long');
      const error = await running;
      const elapsed = performance.now() - started;
      const again = await engine.cancel('long');
      const next = await engine.query('SELECT 42 AS answer');
      return { cancelled, error, elapsed, again, nextRows: next.rowCount, nextColumns: next.columns };
    });
    expect(got.cancelled).toBe(true);
    expect(got.error?.code).toBe('engine.cancelled');
    expect(got.elapsed).toBeLessThan(10_000);
    expect(got.again).toBe(false);
    expect(got.nextRows).toBe(1);
    expect(got.nextColumns).toEqual([{ name: 'answer', type: 'INTEGER' }]);
  });

  test('SQL cannot fetch URLs, and no request leaves the page for them', async () => {
    // the worker's own requests are seen: its DuckDB wasm was fetched at start-up
    expect(requests.some((u) => /duckdb-eh.*\.wasm$/.test(u))).toBe(true);
    const targets = ['https://example.com/x.csv', `${baseUrl()}/data/online_retail.csv.gz`];
    const sent = requests.length;
    const errors = await app.page.evaluate(async (urls) => {
      const { engine, failure } = window.engineTest;
      const out = [];
      for (const url of urls) {
        for (const sql of [`SELECT * FROM read_csv('${url}')`, `SELECT * FROM '${url}'`, `SELECT * FROM read_text('${url}')`]) {
          out.push({ sql, error: await failure(engine.query(sql)) });
        }
      }
      return out;
    }, targets);
    for (const { sql, error } of errors) expect({ sql, code: error?.code }).toEqual({ sql, code: 'engine.forbidden' });
    const after = requests.slice(sent);
    expect(after.filter((u) => targets.some((t) => u.startsWith(t.replace(/\.gz$/, ''))))).toEqual([]);
    expect(await app.page.evaluate(async () => (await window.engineTest.engine.query('SELECT 1')).rowCount)).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
