// The chart cell in real Chromium, from the user's side: build a chart with the builder, check
// the drawn marks against the data, the SQL it ran, the JSON editor and its checks, the
// switch back, data.url refused, and PNG/SVG export. One page for the whole file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { compileChartQuery } from '../../src/core/charts/compile-query';
import type { ChartSettings } from '../../src/core/charts/types';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const ORDERS_CSV = 'test/fixtures/engine/orders.csv';
const ORDERS = readFileSync(ORDERS_CSV, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [orderId, customer, amount, orderedAt, country] = line.split(',');
  return { orderId, customer, amount: Number(amount), orderedAt, country: country! };
});

let browser: Browser;
let app: AppPage;
let page: Page;
const chartCell = () => page.locator('[data-testid="cell"][data-kind="chart"]').first();

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  page = app.page;
  await page.getByTestId('data-file-input').setInputFiles(ORDERS_CSV);
  expect(await waitForCellDone(page, 'orders')).toBe(ORDERS.length);
});
afterAll(async () => { await browser?.close(); });

async function drawn(chart: Locator): Promise<void> {
  await chart.locator('[data-testid="chart"][data-state="ready"]').waitFor({ timeout: 30_000 });
}

/** "x: KR; y: 12" aria labels of the data marks Vega drew (SVG renderer). */
async function markLabels(chart: Locator, role: string): Promise<string[]> {
  return chart.locator(`[data-testid="chart"] svg path[aria-roledescription="${role}"]`).evaluateAll(
    (paths) => paths.map((p) => p.getAttribute('aria-label') ?? ''),
  );
}

const pick = (chart: Locator, channel: string, testid: string, value: string) =>
  chart.locator(`[data-channel="${channel}"] [data-testid="${testid}"]`).selectOption(value);

describe('chart cell', () => {
  test('the chart button opens a chart of that table that asks for fields', async () => {
    await cell(page, 'orders').getByTestId('cell-chart').click();
    const chart = chartCell();
    await chart.waitFor();
    expect(await chart.getByTestId('cell-input').inputValue()).toBe(await cell(page, 'orders').getAttribute('data-cell-id'));
    await expect.poll(() => chart.getByTestId('cell-note').textContent()).toContain('Choose a field for x or y');
    expect(await chart.getAttribute('data-status')).toBe('idle');
  });

  test('builder: one bar per country, each as tall as its order count', async () => {
    const chart = chartCell();
    await pick(chart, 'x', 'chart-field', 'country');
    await pick(chart, 'y', 'chart-field', ''); // count of rows
    await drawn(chart);
    const expected = new Map<string, number>();
    for (const o of ORDERS) expected.set(o.country, (expected.get(o.country) ?? 0) + 1);
    const labels = await markLabels(chart, 'bar');
    expect(labels.length).toBe(expected.size);
    const drawnCounts = new Map(labels.map((l) => {
      const [, x, y] = /^x: (.*); count: (.*)$/.exec(l) ?? /^[^:]*: (.*); [^:]*: (.*)$/.exec(l)!;
      return [x!, Number(y!.replaceAll(',', ''))];
    }));
    expect(drawnCounts).toEqual(expected);
    await screenshot(page, 'chart-builder-bar');
  });

  test('the SQL shown is the compiled aggregation, and DuckDB gives the drawn numbers from it', async () => {
    const chart = chartCell();
    await chart.getByTestId('sql-toggle').click();
    const shown = await chart.getByTestId('cell-sql').textContent();
    const settings: ChartSettings = { mark: 'bar', encodings: { x: { field: 'country', type: 'nominal' }, y: { type: 'quantitative', aggregate: 'count' } } };
    const expectedSql = compileChartQuery(settings, 'orders').sql;
    expect(shown).toBe(`${expectedSql};`);
    const rows = await page.evaluate(async (sql) => {
      const w = window as unknown as { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } };
      return (await w.segbook.engine.query(sql)).rowCount;
    }, expectedSql);
    expect(rows).toBe(new Set(ORDERS.map((o) => o.country)).size);
  });

  test('sorting and a sum: bars come largest first', async () => {
    const chart = chartCell();
    await pick(chart, 'y', 'chart-field', 'amount');
    await expect.poll(() => chart.locator('[data-channel="y"] [data-testid="chart-aggregate"]').inputValue()).toBe('sum');
    await pick(chart, 'x', 'chart-sort', '-y');
    await drawn(chart);
    await expect.poll(async () => (await chart.getByTestId('cell-sql').textContent())?.includes('ORDER BY')).toBe(true);
    const sums = new Map<string, number>();
    for (const o of ORDERS) sums.set(o.country, (sums.get(o.country) ?? 0) + o.amount);
    const order = [...sums.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    // x positions of the bars, left to right, give the drawn order
    const drawnOrder = async () => {
      const bars = await chart.locator('[data-testid="chart"] svg path[aria-roledescription="bar"]').evaluateAll((paths) =>
        paths.map((p) => ({ label: p.getAttribute('aria-label') ?? '', x: p.getBoundingClientRect().x })));
      return bars.sort((a, b) => a.x - b.x).map((b) => /: ([^;]*);/.exec(b.label)![1]);
    };
    await expect.poll(drawnOrder).toEqual(order);
  });

  test('JSON: the builder chart as a spec, checked against the Vega-Lite schema', async () => {
    const chart = chartCell();
    await chart.getByTestId('chart-mode-json').click();
    await expect.poll(() => chart.getByTestId('chart-json-status').getAttribute('data-state')).toBe('valid');
    const text = await chart.locator('[data-testid="chart-json"] .cm-content').textContent();
    expect(text).toContain('"field": "country"');
    expect(text).toContain('"aggregate": "sum"');
  });

  async function typeSpec(spec: string): Promise<void> {
    const editor = chartCell().locator('[data-testid="chart-json"] .cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(spec);
  }

  test('JSON: a spec the builder cannot express is drawn by Vega-Lite from the rows', async () => {
    const chart = chartCell();
    await typeSpec(JSON.stringify({ mark: 'tick', encoding: { x: { field: 'amount', type: 'quantitative' }, y: { field: 'country', type: 'nominal' } } }));
    await expect.poll(() => chart.getByTestId('chart-json-status').getAttribute('data-state')).toBe('valid');
    await chart.getByTestId('btn-chart-apply').click();
    await expect.poll(async () => (await chart.locator('[data-testid="chart"] svg path[aria-roledescription="tick"]').count())).toBe(ORDERS.length);
    await screenshot(page, 'chart-json-tick');
  });

  test('JSON: syntax and schema mistakes are named, and the last good chart stays', async () => {
    const chart = chartCell();
    await typeSpec('{\n  "mark": "tick",\n  "encoding": {,}\n}');
    await expect.poll(() => chart.getByTestId('chart-json-status').textContent()).toContain('line 3');
    await typeSpec(JSON.stringify({ mark: 'bar', encoding: { x: { field: 'country', type: 'category' } } }));
    await expect.poll(() => chart.getByTestId('chart-json-status').textContent()).toContain('encoding.x.type');
    await chart.getByTestId('btn-chart-apply').click();
    await expect.poll(() => chart.getAttribute('data-status')).toBe('error');
    expect(await chart.getByTestId('cell-error').textContent()).toContain('encoding.x.type');
  });

  test('a spec asking for data.url fetches nothing and says why', async () => {
    const chart = chartCell();
    const requests: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/data/')) requests.push(r.url()); });
    await typeSpec(JSON.stringify({ data: { url: '/data/online_retail.csv.gz' }, mark: 'bar', encoding: { x: { field: 'Country', type: 'nominal' } } }));
    await chart.getByTestId('btn-chart-apply').click();
    await chart.locator('[data-testid="chart-error"]').waitFor();
    expect(await chart.getByTestId('chart-error').textContent()).toContain('/data/online_retail.csv.gz');
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
  });

  test('back to the builder keeps what it can and names the rest', async () => {
    const chart = chartCell();
    await typeSpec(JSON.stringify({ transform: [{ filter: 'datum.amount > 100' }], mark: 'bar', encoding: { x: { field: 'country', type: 'nominal', axis: { labelAngle: 45 } }, y: { aggregate: 'mean', field: 'amount', type: 'quantitative' } } }));
    await chart.getByTestId('chart-mode-builder').click();
    await expect.poll(() => chart.getByTestId('chart-lost').textContent()).toContain('transform');
    expect(await chart.getByTestId('chart-lost').textContent()).toContain('encoding.x.axis');
    expect(await chart.locator('[data-channel="y"] [data-testid="chart-aggregate"]').inputValue()).toBe('mean');
    await drawn(chart);
    expect((await markLabels(chart, 'bar')).length).toBe(new Set(ORDERS.map((o) => o.country)).size);
  });

  test('exports PNG and SVG files', async () => {
    const chart = chartCell();
    const [png] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('btn-chart-png').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('btn-chart-svg').click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toContain('<svg');
  });

  test('a scatter over more rows than it can draw is sampled and says so', async () => {
    await page.getByTestId('btn-add-sql').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.insertText('SELECT i AS x, (i * 7919) % 1000 AS y FROM range(20000) t(i)');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.locator('[data-testid="cell"][data-kind="sql"]').last().getAttribute('data-status')).toBe('done');
    const sqlCell = page.locator('[data-testid="cell"][data-kind="sql"]').last();
    await sqlCell.getByTestId('cell-chart').click();
    const scatter = page.locator('[data-testid="cell"][data-kind="chart"]').last();
    await scatter.locator('[data-testid="chart-mark"][data-mark="point"]').click();
    await pick(scatter, 'x', 'chart-field', 'x');
    await pick(scatter, 'y', 'chart-field', 'y');
    await drawn(scatter);
    expect(await scatter.getByTestId('chart-note').textContent()).toContain('5,000 of 20,000');
    // canvas above 1,000 marks: count what Vega drew from its scenegraph
    expect(await scatter.getByTestId('chart').getAttribute('data-renderer')).toBe('canvas');
    expect(await scatter.getByTestId('chart').getAttribute('data-marks')).toBe('5000');
    await screenshot(page, 'chart-scatter-sampled');
  });
});
