// The chart renderer (src/ui/charts) in real Chromium, under the app's exact CSP. The built
// app does not mount charts yet, so this file starts its own Vite dev server with one extra
// page, /chart-test.html (entry: test/ui-charts/browser-entry.ts). The same server counts
// requests for /data/*, so "a spec with data.url fetches nothing" is checked on both ends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';
import { PREVIEW_PORT } from './global-setup';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Next to the preview server of this run (SEGBOOK_E2E_PORT), so parallel runs stay apart.
const DEV_PORT = Number(process.env.SEGBOOK_CHART_TEST_PORT ?? PREVIEW_PORT + 1);
const ORIGIN = `http://127.0.0.1:${DEV_PORT}`;
const DATA_URL = `${ORIGIN}/data/online_retail.csv.gz`;
const CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(readFileSync(`${ROOT}/index.html`, 'utf8'))![0];

const serverDataRequests: string[] = [];

function chartTestPage(): Plugin {
  const html = `<!doctype html><html lang="ko"><head><meta charset="UTF-8" /><link rel="icon" href="data:," />${CSP}<title>chart test</title></head>
<body style="padding:16px"><div id="host"></div><script type="module" src="/test/ui-charts/browser-entry.ts"></script></body></html>`;
  return {
    name: 'chart-test-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/data/')) serverDataRequests.push(req.url);
        if (req.url !== '/chart-test.html') return next();
        server.transformIndexHtml(req.url, html).then((page) => {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(page);
        }, next);
      });
    },
  };
}

type RenderResult = { ok: true; renderer: string; ms: number; rects: number; symbols: number } | { ok: false; kind: string; url: string; message: string };
interface ChartTest {
  render(spec: object, rows: object[], width?: number): Promise<RenderResult>;
  exportCurrent(): Promise<{ pngType: string; pngHead: number[]; pngSize: number; svgType: string; svgText: string }>;
  mountChart(spec: object, rows: object[], width?: number, title?: string): void;
  cspViolations: string[];
}
/** Inside page.evaluate (the function text runs in the page, so no helper function). */
type W = Window & { chartTest: ChartTest };

const SEGMENTS = [
  { segment: '챔피언', customers: 1234, revenue: 98_765_000 },
  { segment: '충성 고객', customers: 2890, revenue: 54_321_000 },
  { segment: '잠재 충성', customers: 3120, revenue: 23_456_000 },
  { segment: '이탈 위험', customers: 1875, revenue: 12_345_000 },
  { segment: '휴면', customers: 4410, revenue: 3_210_000 },
];
const BAR_SPEC = {
  title: '세그먼트별 매출',
  mark: 'bar',
  encoding: {
    x: { field: 'segment', type: 'nominal', title: '세그먼트', sort: '-y' },
    y: { field: 'revenue', type: 'quantitative', title: '매출 (원)', axis: { format: '$,.0f' } },
    color: { field: 'segment', type: 'nominal', legend: null },
    tooltip: [{ field: 'segment', type: 'nominal' }, { field: 'revenue', type: 'quantitative', format: '$,.0f' }],
  },
};

let server: ViteDevServer;
let browser: Browser;
let page: Page;
const pageRequests: string[] = [];
const consoleProblems: string[] = [];

beforeAll(async () => {
  server = await createServer({
    root: ROOT,
    configFile: `${ROOT}/vite.config.ts`,
    logLevel: 'warn',
    clearScreen: false,
    // Own optimizer cache: a developer's `vite` on the same checkout keeps its own.
    cacheDir: `${ROOT}/node_modules/.vite-chart-test`,
    server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
    optimizeDeps: { entries: ['test/ui-charts/browser-entry.ts'], include: ['vega-embed', 'vega', 'vega-lite', 'vega-interpreter'] },
    plugins: [chartTestPage()],
  });
  await server.listen();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 900, height: 700 }, locale: 'ko-KR', acceptDownloads: true });
  page = await context.newPage();
  page.on('request', (r) => pageRequests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) consoleProblems.push(m.text()); });
  page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
  await page.goto(`${ORIGIN}/chart-test.html`);
  await page.waitForFunction(() => (window as unknown as { chartTest?: { ready: boolean } }).chartTest?.ready === true, null, { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('chart renderer in Chromium under the app CSP', () => {
  it('draws one bar per group with SVG, Korean labels included', async () => {
    const result = await page.evaluate(({ spec, rows }) => (window as unknown as W).chartTest.render(spec, rows), { spec: BAR_SPEC, rows: SEGMENTS });
    expect(result).toMatchObject({ ok: true, renderer: 'svg', rects: SEGMENTS.length });
    expect(await page.locator('#host svg [aria-roledescription="bar"]').count()).toBe(SEGMENTS.length);
    const text = await page.locator('#host svg').textContent();
    for (const { segment } of SEGMENTS) expect(text).toContain(segment);
    expect(text).toContain('세그먼트별 매출');
    expect(text).toContain('₩'); // the KRW axis format went through the chart locale
    // Tooltips: vega-tooltip under the CSP, values in the spec's KRW format.
    await page.locator('#host svg [aria-roledescription="bar"]').first().hover();
    const tooltip = page.locator('#vg-tooltip-element');
    await expect.poll(() => tooltip.textContent()).toContain('₩98,765,000');
    await screenshot(page, 'chart-bar-light');
  });

  it('exports PNG and SVG blobs', async () => {
    const out = await page.evaluate(() => (window as unknown as W).chartTest.exportCurrent());
    expect(out.pngType).toBe('image/png');
    expect(out.pngHead).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(out.pngSize).toBeGreaterThan(2_000);
    expect(out.svgType).toMatch(/^image\/svg\+xml/);
    expect(out.svgText).toMatch(/^<svg[\s\S]*챔피언[\s\S]*<\/svg>$/);
  });

  it('refuses data.url: no request reaches the server, the failure names the URL', async () => {
    const before = pageRequests.length;
    const spec = { data: { url: DATA_URL, format: { type: 'csv' } }, mark: 'point', encoding: { x: { field: 'Quantity', type: 'quantitative' } } };
    const result = await page.evaluate((s) => (window as unknown as W).chartTest.render(s, []), spec);
    expect(result).toMatchObject({ ok: false, kind: 'url', url: DATA_URL });
    // usermeta.embedOptions could swap vega-embed's loader for a fetching one: it must not.
    const sneaky = { ...spec, data: { url: 'data/online_retail.csv.gz' }, usermeta: { embedOptions: { loader: { baseURL: ORIGIN }, ast: false } } };
    expect(await page.evaluate((s) => (window as unknown as W).chartTest.render(s, []), sneaky)).toMatchObject({ ok: false, kind: 'url' });
    // A lookup's secondary data source is a URL too.
    const lookup = { ...BAR_SPEC, transform: [{ lookup: 'segment', from: { data: { url: DATA_URL }, key: 'segment', fields: ['x'] } }] };
    expect(await page.evaluate(({ s, rows }) => (window as unknown as W).chartTest.render(s, rows), { s: lookup, rows: SEGMENTS })).toMatchObject({ ok: false, kind: 'url' });
    await page.waitForTimeout(300); // a late fetch would show up here
    expect(pageRequests.slice(before).filter((u) => u.includes('/data/'))).toEqual([]);
    expect(serverDataRequests).toEqual([]);
  });

  it('writes Korean month names on a time axis and draws a legend', async () => {
    const rows = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'].flatMap((month, i) => [
      { month, segment: '신규', customers: 120 + i * 30 },
      { month, segment: '재구매', customers: 300 - i * 12 },
    ]);
    const spec = {
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'month', type: 'temporal', timeUnit: 'yearmonth', title: '월' },
        y: { field: 'customers', type: 'quantitative', title: '고객 수' },
        color: { field: 'segment', type: 'nominal', title: '세그먼트' },
      },
    };
    const drawn = await page.evaluate(({ s, r }) => (window as unknown as W).chartTest.render(s, r), { s: spec, r: rows });
    expect(drawn, JSON.stringify(drawn)).toMatchObject({ ok: true, renderer: "svg" });
    const text = await page.locator('#host svg').textContent();
    expect(text).toMatch(/[2-5]월/); // d3-time-format with the Korean chart locale, not "February"
    expect(text).not.toMatch(/February|March/);
    expect(text).toContain('재구매');
    await screenshot(page, 'chart-line-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(({ s, r }) => (window as unknown as W).chartTest.render(s, r), { s: spec, r: rows });
    await screenshot(page, 'chart-line-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('uses the canvas renderer for a 100k-point scatter', async () => {
    const result = await page.evaluate(() => {
      let seed = 42;
      const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648; // deterministic
      const rows = Array.from({ length: 100_000 }, () => { const r = random() * 365; return { recency: Math.round(r), monetary: Math.round((400 - r) * 3_000 * (0.2 + random() ** 2)) }; });
      return (window as unknown as W).chartTest.render({ mark: { type: 'point', opacity: 0.3, size: 4 }, encoding: { x: { field: 'recency', type: 'quantitative' }, y: { field: 'monetary', type: 'quantitative' } } }, rows);
    });
    expect(result).toMatchObject({ ok: true, renderer: 'canvas', symbols: 100_000 });
    expect(await page.locator('#host canvas').count()).toBe(1);
    expect(await page.locator('#host svg').count()).toBe(0);
    console.info(`100k-point scatter drawn in ${Math.round((result as { ms: number }).ms)} ms`);
    await screenshot(page, 'chart-scatter-100k');
  });

  it('the chart component shows an empty state, an error, and downloads a PNG', async () => {
    const chart = page.locator('[data-testid="chart"]');
    await page.evaluate(() => (window as unknown as W).chartTest.mountChart({ mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } }, []));
    await expect.poll(() => chart.getAttribute('data-state')).toBe('empty');
    expect(await page.locator('[data-testid="chart-empty"]').textContent()).toMatch(/\S/);
    expect(await page.locator('[data-testid="btn-chart-png"]').isDisabled()).toBe(true);
    await screenshot(page, 'chart-component-empty');

    await page.evaluate((url) => (window as unknown as W).chartTest.mountChart({ data: { url }, mark: 'point' }, [{ a: 1 }]), DATA_URL);
    await expect.poll(() => chart.getAttribute('data-state')).toBe('error');
    expect(await page.locator('[data-testid="chart-error"]').textContent()).toContain(DATA_URL);
    await screenshot(page, 'chart-component-error');

    await page.evaluate(({ spec, rows }) => (window as unknown as W).chartTest.mountChart(spec, rows, 720, '세그먼트 매출'), { spec: BAR_SPEC, rows: SEGMENTS });
    await expect.poll(() => chart.getAttribute('data-state')).toBe('ready');
    const svgWidth = Number(await page.locator('[data-testid="chart"] svg').getAttribute('width'));
    expect(svgWidth).toBeGreaterThan(600); // follows the 720 px container, not Vega's default
    expect(svgWidth).toBeLessThanOrEqual(720);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="btn-chart-png"]').click()]);
    expect(download.suggestedFilename()).toBe('세그먼트_매출.png');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await screenshot(page, 'chart-component-light');

    // Narrower container: the chart follows without a redraw.
    await page.evaluate(() => { document.getElementById('host')!.style.width = '420px'; });
    await expect.poll(async () => Number(await page.locator('[data-testid="chart"] svg').getAttribute('width'))).toBeLessThanOrEqual(420);

    await page.evaluate(() => { document.getElementById('host')!.style.width = '720px'; });
    await page.emulateMedia({ colorScheme: 'dark' });
    // Vega paints the background on the <svg>: it must be the dark --surface of app.css.
    const backgrounds = () => page.evaluate(() => [getComputedStyle(document.querySelector('[data-testid="chart"] svg')!).backgroundColor, getComputedStyle(document.body).getPropertyValue('--surface').trim()]);
    await expect.poll(backgrounds).toEqual(['rgb(29, 32, 36)', '#1d2024']);
    await expect.poll(() => chart.getAttribute('data-state')).toBe('ready');
    await screenshot(page, 'chart-component-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('raised no CSP violation and no console error', async () => {
    expect(await page.evaluate(() => (window as unknown as W).chartTest.cspViolations)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
