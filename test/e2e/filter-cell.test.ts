// The filter cell and brush-to-segment in real Chromium: conditions built in the editor keep
// exactly the rows the same conditions keep in plain TypeScript; a click or a drag on a chart
// becomes a filter cell holding that predicate, which can then be edited.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const ORDERS_CSV = 'test/fixtures/engine/orders.csv';
const ORDERS = readFileSync(ORDERS_CSV, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [orderId, customer, amount, orderedAt, country] = line.split(',');
  return { orderId: Number(orderId), customer: customer!, amount: Number(amount), orderedAt: orderedAt!, country: country! };
});

let browser: Browser;
let app: AppPage;
let page: Page;

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> }; store: { workbook: { cells: { kind: string; name: string; settings: unknown }[] } } } };
const countRows = (sql: string) => page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);
const settingsOf = (name: string) => page.evaluate((n) => (window as unknown as Sb).segbook.store.workbook.cells.find((c) => c.name === n)?.settings, name);

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  page = app.page;
  await page.getByTestId('data-file-input').setInputFiles(ORDERS_CSV);
  expect(await waitForCellDone(page, 'orders')).toBe(ORDERS.length);
});
afterAll(async () => { await browser?.close(); });

const amountRow = (filter: Locator) => filter.locator('[data-testid="filter-condition"][data-column="amount"]');

async function counts(filter: Locator): Promise<{ before: number; after: number }> {
  const el = filter.getByTestId('filter-counts');
  await el.waitFor();
  return { before: Number(await el.getAttribute('data-before')), after: Number(await el.getAttribute('data-after')) };
}

describe('filter cell', () => {
  test('conditions from the editor keep exactly the matching rows', async () => {
    await cell(page, 'orders').getByTestId('cell-filter').click();
    const filter = page.locator('[data-testid="cell"][data-kind="filter"]').first();
    await filter.waitFor();
    await expect.poll(() => filter.getAttribute('data-status')).toBe('done');
    expect(await counts(filter)).toEqual({ before: 120, after: 120 }); // no conditions: every row
    await filter.getByTestId('filter-add-condition').click();
    await filter.getByTestId('filter-column').selectOption('country');
    await filter.getByTestId('filter-operator').selectOption('in');
    await filter.getByTestId('filter-list').fill('KR, US');
    await filter.getByTestId('filter-list').press('Tab');
    await filter.getByTestId('filter-add-condition').click();
    await filter.getByTestId('filter-column').nth(1).selectOption('amount');
    await filter.getByTestId('filter-operator').nth(1).selectOption('between');
    await amountRow(filter).getByTestId('filter-value').fill('100');
    await amountRow(filter).getByTestId('filter-value-2').fill('500');
    const expected = ORDERS.filter((o) => ['KR', 'US'].includes(o.country) && o.amount >= 100 && o.amount <= 500).length;
    await expect.poll(async () => (await counts(filter)).after, { timeout: 15_000 }).toBe(expected);
    expect(await filter.getByTestId('filter-sentence').textContent()).toBe('country is one of KR, US and amount between 100 and 500');
    await filter.getByTestId('filter-match').first().selectOption('or');
    const either = ORDERS.filter((o) => ['KR', 'US'].includes(o.country) || (o.amount >= 100 && o.amount <= 500)).length;
    await expect.poll(async () => (await counts(filter)).after, { timeout: 15_000 }).toBe(either);
    await screenshot(page, 'filter-cell');
  });

  test('a value that is not a number points at its condition, and the table is kept as it was', async () => {
    const filter = page.locator('[data-testid="cell"][data-kind="filter"]').first();
    const kept = (await counts(filter)).after;
    await amountRow(filter).getByTestId('filter-value').fill('abc');
    await expect.poll(() => filter.getAttribute('data-status'), { timeout: 15_000 }).toBe('error');
    expect(await filter.getByTestId('cell-error').textContent()).toContain('“abc” cannot be read');
    await expect.poll(() => filter.locator('[data-testid="filter-condition"].invalid').getAttribute('data-column')).toBe('amount');
    expect(await countRows('SELECT * FROM filtered')).toBe(kept);
    await amountRow(filter).getByTestId('filter-value').fill('100');
    await expect.poll(() => filter.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
  });
});

describe('brush to segment', () => {
  test('clicking two bars makes a filter cell of those countries', async () => {
    await cell(page, 'orders').getByTestId('cell-chart').click();
    const chart = page.locator('[data-testid="cell"][data-kind="chart"]').first();
    await chart.locator('[data-channel="x"] [data-testid="chart-field"]').selectOption('country');
    await chart.locator('[data-channel="y"] [data-testid="chart-field"]').selectOption('');
    await chart.locator('[data-testid="chart"][data-state="ready"]').waitFor();
    const bars = chart.locator('svg path[aria-roledescription="bar"]');
    const picked: string[] = [];
    for (const [i, modifiers] of [[0, []], [1, ['Shift']]] as const) {
      picked.push(/: ([^;]*);/.exec((await bars.nth(i).getAttribute('aria-label'))!)![1]!);
      await bars.nth(i).click({ modifiers: [...modifiers] });
    }
    await expect.poll(() => chart.getByTestId('chart-selection').getAttribute('data-state')).toBe('ready');
    expect(await chart.getByTestId('chart-selection-text').textContent()).toBe(`country is one of ${picked.join(', ')}`);
    await chart.getByTestId('btn-chart-filter').click();
    const made = page.locator('[data-testid="cell"][data-kind="filter"][data-cell-name="orders_selected"]');
    await expect.poll(() => made.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    const expected = ORDERS.filter((o) => picked.includes(o.country)).length;
    expect((await counts(made)).after).toBe(expected);
    expect(await countRows(`SELECT * FROM orders_selected WHERE country NOT IN ('${picked.join("','")}')`)).toBe(0);
  });

  test('dragging across a scatter keeps the rows inside the box', async () => {
    const chart = page.locator('[data-testid="cell"][data-kind="chart"]').first();
    await chart.locator('[data-testid="chart-mark"][data-mark="point"]').click();
    await chart.locator('[data-channel="x"] [data-testid="chart-field"]').selectOption('order_id');
    await chart.locator('[data-channel="y"] [data-testid="chart-field"]').selectOption('amount');
    await chart.locator('[data-testid="chart"][data-state="ready"]').waitFor();
    await expect.poll(() => chart.getByTestId('chart').getAttribute('data-marks')).toBe('120');
    const svg = chart.locator('[data-testid="chart"] svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.7, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => chart.getByTestId('chart-selection').getAttribute('data-state')).toBe('ready');
    await screenshot(page, 'chart-brush');
    await chart.getByTestId('btn-chart-filter').click();
    const made = page.locator('[data-testid="cell"][data-kind="filter"][data-cell-name="orders_selected_2"]');
    await expect.poll(() => made.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    const settings = (await settingsOf('orders_selected_2')) as { where: { items: { column: string; operator: string; values: number[] }[] } };
    const range = Object.fromEntries(settings.where.items.map((c) => [c.column, c.values.map(Number)]));
    expect(Object.keys(range).sort()).toEqual(['amount', 'order_id']);
    const [idLo, idHi] = range.order_id!;
    const [amountLo, amountHi] = range.amount!;
    expect(idLo).toBeLessThan(idHi!);
    const inside = ORDERS.filter((o) => o.orderId >= idLo! && o.orderId <= idHi! && o.amount >= amountLo! && o.amount <= amountHi!).length;
    expect(inside).toBeGreaterThan(0);
    expect((await counts(made)).after).toBe(inside);
  });
});
