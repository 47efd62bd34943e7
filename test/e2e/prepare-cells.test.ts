// The clean and join cells in real Chromium on the demo shop: cancellations and returns
// excluded in the editor leave exactly the rows an independent DuckDB query keeps, the report
// says how many each step removed, a failed cast lists its values; then customers joined with
// their orders summarised per customer, whose matched and unmatched key counts equal
// independent queries. Screenshots in English and Korean, at 1024 px.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const FILES = ['public/demo/shop/orders.csv.gz', 'public/demo/shop/customers.csv.gz'];
const EXCLUDED = `lower(status) IN ('cancelled', 'returned')`;

let browser: Browser;
let app: AppPage;
let page: Page;

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } };
/** Rows a query returns, through the page's own engine, written apart from the compilers. */
const rows = (sql: string) => page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);

async function settle(c: Locator): Promise<string> {
  await expect.poll(() => c.getAttribute('data-status'), { timeout: 60_000 }).toMatch(/^(done|error|idle|stale)$/);
  return (await c.getAttribute('data-status'))!;
}
async function runUntilDone(c: Locator): Promise<void> {
  if ((await settle(c)) !== 'done') await c.getByTestId('cell-run').click();
  await expect.poll(() => c.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
}
const rowCount = async (c: Locator) => Number(await c.getByTestId('cell-rowcount').getAttribute('data-rows'));

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  page = app.page;
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.getByTestId('data-file-input').setInputFiles(FILES);
  await waitForCellDone(page, 'orders');
  await waitForCellDone(page, 'customers');
});
afterAll(async () => { await browser?.close(); });

describe('clean cell', () => {
  test('excluding cancelled and returned orders keeps exactly the other rows and reports what it removed', async () => {
    await page.getByTestId('btn-add-clean').click();
    const clean = page.locator('[data-testid="cell"][data-kind="clean"]').first();
    await clean.getByTestId('cell-input').selectOption({ label: 'orders' });
    await clean.getByTestId('clean-add-step').selectOption('exclude');
    const step = clean.locator('[data-testid="clean-step"][data-kind="exclude"]');
    await step.getByTestId('clean-column').selectOption('status');
    await step.getByTestId('clean-match').selectOption('values');
    await step.getByTestId('clean-exclude-values').fill('Cancelled, returned'); // case is ignored by default
    await step.getByTestId('clean-exclude-values').press('Tab');
    await expect.poll(() => step.getByTestId('clean-step-report').count(), { timeout: 30_000 }).toBe(1);
    await runUntilDone(clean);
    const kept = await rows(`SELECT * FROM orders WHERE status IS NULL OR NOT (${EXCLUDED})`);
    const removed = await rows(`SELECT * FROM orders WHERE ${EXCLUDED}`);
    expect(removed).toBeGreaterThan(0);
    expect(await rowCount(clean)).toBe(kept);
    await expect.poll(() => step.getByTestId('clean-step-report').getAttribute('data-rows-removed')).toBe(String(removed));
    expect(await step.getByTestId('clean-step-report').textContent()).toContain(`${removed.toLocaleString('en-US')} rows removed`);
    expect(await rows(`SELECT * FROM cleaned WHERE ${EXCLUDED}`)).toBe(0);
  });

  test('a cast that fails counts the values and lists them on request', async () => {
    const clean = page.locator('[data-testid="cell"][data-kind="clean"]').first();
    await clean.getByTestId('clean-add-step').selectOption('cast');
    const step = clean.locator('[data-testid="clean-step"][data-kind="cast"]');
    await step.getByTestId('clean-column').selectOption('category');
    await step.getByTestId('clean-cast-to').selectOption('BIGINT');
    await expect.poll(() => step.locator('[data-testid="clean-step-report"]').getAttribute('data-cast-failures'), { timeout: 30_000 }).not.toBe(null);
    await runUntilDone(clean);
    // every category is a word: each non-blank one left after the exclusion fails
    const failing = await rows(`SELECT * FROM orders WHERE (status IS NULL OR NOT (${EXCLUDED})) AND trim(category) <> ''`);
    await expect.poll(() => step.getByTestId('clean-step-report').getAttribute('data-cast-failures')).toBe(String(failing));
    await step.getByTestId('clean-failures-show').click();
    const listed = step.getByTestId('clean-failures');
    await listed.waitFor();
    const sample = (await listed.locator('code').first().textContent())!;
    expect(await rows(`SELECT * FROM orders WHERE category = '${sample.replaceAll("'", "''")}'`)).toBeGreaterThan(0);
    await clean.scrollIntoViewIfNeeded();
    await screenshot(page, 'prepare-clean');
    await step.getByTestId('clean-step-remove').click();
    await runUntilDone(clean);
    expect(await clean.locator('[data-testid="clean-step"]').count()).toBe(1);
  });
});

describe('join cell', () => {
  test('customers with their orders summarised: matched and unmatched keys equal independent queries', async () => {
    await page.getByTestId('btn-add-join').click();
    const join = page.locator('[data-testid="cell"][data-kind="join"]').first();
    await join.waitFor();
    // starts on the nearest table (the cleaned orders); add the customers and make them the
    // base: the orders are then joined onto them, summarised per customer
    await join.getByTestId('join-add-input').selectOption({ label: 'customers' });
    await join.locator('[data-testid="join-input"][data-name="customers"]').getByTestId('join-make-base').click();
    await expect.poll(() => join.locator('[data-testid="join-input"][data-name="customers"] [data-testid="join-base"]').count()).toBe(1);
    const step = join.getByTestId('join-step');
    expect(await step.getAttribute('data-table')).toBe('cleaned');
    expect(await step.getByTestId('join-summarise').isChecked()).toBe(true);
    await runUntilDone(join);

    const matched = await rows(`SELECT DISTINCT customer_id FROM customers WHERE customer_id IN (SELECT customer_id FROM cleaned)`);
    const baseUnmatched = await rows(`SELECT DISTINCT customer_id FROM customers WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT customer_id FROM cleaned WHERE customer_id IS NOT NULL)`);
    const rightUnmatched = await rows(`SELECT DISTINCT customer_id FROM cleaned WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT customer_id FROM customers WHERE customer_id IS NOT NULL)`);
    const report = join.locator('[data-testid="join-report-row"]');
    await expect.poll(() => report.count(), { timeout: 30_000 }).toBe(1);
    expect(Number(await report.getAttribute('data-matched'))).toBe(matched);
    expect(Number(await report.getAttribute('data-base-unmatched'))).toBe(baseUnmatched);
    expect(Number(await report.getAttribute('data-right-unmatched'))).toBe(rightUnmatched);
    expect(matched).toBeGreaterThan(0);
    // a left join of a per-customer summary keeps one row per customer
    expect(await rowCount(join)).toBe(await rows('SELECT * FROM customers'));
    // each customer's row count is their cleaned orders; customers without orders have none
    expect(await rows(`SELECT * FROM joined WHERE coalesce(cleaned_row_count, 0) <> (SELECT count(*) FROM cleaned o WHERE o.customer_id = joined.customer_id)`)).toBe(0);
    expect(await rows(`SELECT * FROM joined WHERE cleaned_row_count IS NULL`)).toBe(baseUnmatched);
    await join.scrollIntoViewIfNeeded();
    await screenshot(page, 'prepare-join');
  });

  test('every column a join renames is named once, in its report', async () => {
    await page.getByTestId('btn-add-join').click();
    const join = page.locator('[data-testid="cell"][data-kind="join"]').last();
    await join.waitFor();
    // the raw orders onto the cleaned ones, row by row and without a prefix: every column but the key collides
    await join.getByTestId('join-add-input').selectOption({ label: 'cleaned' });
    await join.locator('[data-testid="join-input"][data-name="cleaned"]').getByTestId('join-make-base').click();
    for (const other of await join.getByTestId('join-input').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))))
      if (other !== 'cleaned') await join.locator(`[data-testid="join-input"][data-name="${other}"]`).getByTestId('join-input-remove').click();
    await join.getByTestId('join-add-input').selectOption({ label: 'orders' });
    const step = join.getByTestId('join-step');
    await expect.poll(() => step.count()).toBe(1);
    expect(await step.getAttribute('data-table')).toBe('orders');
    if (await step.getByTestId('join-summarise').isChecked()) await step.getByTestId('join-summarise').uncheck();
    await step.getByTestId('join-prefix').fill('');
    const shared = await rows(`SELECT column_name FROM (DESCRIBE orders) WHERE column_name <> 'customer_id' AND column_name IN (SELECT column_name FROM (DESCRIBE cleaned))`);
    expect(shared).toBeGreaterThan(1);
    // the edit reruns the cell after a pause: wait for the report of the run without a prefix
    const renamed = join.locator('[data-testid="join-warning"][data-code="join.renamedColumn"]');
    await expect.poll(() => renamed.count(), { timeout: 30_000 }).toBe(shared);
    for (const text of await renamed.allTextContents()) expect(text).toContain('already taken');
    // said once: not repeated as a note under the cell
    expect(await join.getByTestId('cell-note').count()).toBe(0);
    await expect.poll(async () => ((await join.textContent()) ?? '').split('already taken').length - 1).toBe(shared);
    await join.scrollIntoViewIfNeeded();
    await screenshot(page, 'prepare-join-renamed');
    await join.getByTestId('cell-delete').click();
  });

  test('the editors read in Korean', async () => {
    await page.getByTestId('lang-select').selectOption('ko');
    const clean = page.locator('[data-testid="cell"][data-kind="clean"]').first();
    await expect.poll(() => clean.getByTestId('clean-step-report').first().textContent()).toContain('행 제거');
    await clean.scrollIntoViewIfNeeded();
    await screenshot(page, 'prepare-clean-ko');
    const join = page.locator('[data-testid="cell"][data-kind="join"]').first();
    await join.scrollIntoViewIfNeeded();
    expect(await join.getByTestId('join-report').textContent()).toContain('일치한 키');
    await screenshot(page, 'prepare-join-ko');
    expect(app.errors).toEqual([]);
  });
});
