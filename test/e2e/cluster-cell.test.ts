// The cluster cell in real Chromium: per-customer features (a SQL cell) from the demo shop, k-means in a
// worker, the table back in DuckDB (row count and cluster sizes checked with the page's own
// engine), renaming a cluster without a new fit, the algorithm and tolerance under Advanced, the
// k scan's two charts and recommendation, clear messages for bad features, the hidden labels
// table dropped with its cell, and Cancel stopping a long fit on 1M rows within about a second.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const ORDERS = 'public/demo/shop/orders.csv.gz';
const BIG_ROWS = 1_000_000;

let browser: Browser;
let app: AppPage;
let page: Page;

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number }>; exec(s: string): Promise<void> } } };
const countRows = (sql: string) => page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);
const exec = (sql: string) => page.evaluate(async (q) => (window as unknown as Sb).segbook.engine.exec(q), sql);

async function settle(c: Locator, timeout = 60_000): Promise<string> {
  await expect.poll(async () => c.getAttribute('data-status'), { timeout }).toMatch(/^(done|error|idle|stale)$/);
  return (await c.getAttribute('data-status'))!;
}
/** Per-customer features (RFM-like) and a text column that must not be choosable. */
const CUSTOMERS_SQL = `SELECT customer_id, date_diff('day', max(ordered_at)::DATE, DATE '2026-07-01') AS recency, count(*) AS frequency,
  sum(amount_krw) AS monetary, mode(channel) AS channel FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id`;
let customers = '';
/** k-means workers the page started: one per fit or scan (workers/kmeans/client.ts). */
let kmeansWorkers = 0;
const labelsTables = () => countRows("SELECT * FROM duckdb_tables() WHERE starts_with(table_name, '__segbook_labels_')");
const feature = (c: Locator, column: string) => c.locator(`[data-testid="cluster-feature"][data-column="${column}"] [data-testid="cluster-feature-use"]`);

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  page = app.page;
  page.on('worker', (worker) => { if (worker.url().includes('kmeans')) kmeansWorkers += 1; });
  await page.getByTestId('data-file-input').setInputFiles(ORDERS);
  await waitForCellDone(page, 'orders');
});
afterAll(async () => { await browser?.close(); });

describe('cluster cell', () => {
  test('clusters customers on chosen features and writes a table whose sizes add up', async () => {
    await page.getByTestId('btn-add-sql').click();
    const sql = page.locator('[data-testid="cell"][data-kind="sql"]').last();
    await sql.locator('.cm-content').click();
    await page.keyboard.insertText(CUSTOMERS_SQL);
    customers = (await sql.getAttribute('data-cell-name'))!;
    await page.keyboard.press('ControlOrMeta+Enter');
    await waitForCellDone(page, customers);
    await page.getByTestId('btn-add-cluster').click();
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').first();
    await c.waitFor();
    const input = c.getByTestId('cell-input');
    if ((await input.inputValue()) === '') await input.selectOption({ label: customers });
    await c.getByTestId('cluster-features').waitFor();
    // a text column is listed but cannot be chosen
    expect(await feature(c, 'channel').isDisabled()).toBe(true);
    await c.getByTestId('cluster-id-column').selectOption('customer_id');
    for (const column of ['recency', 'frequency', 'monetary']) await feature(c, column).check();
    for (const column of ['frequency', 'monetary']) await c.locator(`[data-testid="cluster-feature"][data-column="${column}"] [data-testid="cluster-feature-log1p"]`).check();
    await c.getByTestId('cluster-k').fill('4');
    if ((await settle(c)) !== 'done') await c.getByTestId('cell-run').click();
    expect(await settle(c)).toBe('done');
    const name = (await c.getAttribute('data-cell-name'))!;
    const rows = Number(await c.getByTestId('cell-rowcount').getAttribute('data-rows'));
    // every customer has all three values, so every one is clustered
    expect(rows).toBe(await countRows(`SELECT * FROM ${customers}`));
    expect(await countRows(`SELECT * FROM ${name} WHERE cluster NOT BETWEEN 1 AND 4 OR distance < 0 OR cluster_name IS NULL`)).toBe(0);
    expect(await countRows(`SELECT DISTINCT customer_id FROM ${name}`)).toBe(rows);
    const sizes = await c.getByTestId('cluster-row').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-size'))));
    expect(sizes).toHaveLength(4);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows);
    for (const [i, size] of sizes.entries()) expect(await countRows(`SELECT * FROM ${name} WHERE cluster = ${i + 1}`)).toBe(size);
    await c.locator('[data-testid="cluster-pca"] [data-testid="chart"][data-state="ready"]').waitFor();
    await c.getByTestId('cluster-summary').scrollIntoViewIfNeeded();
    await screenshot(page, 'cluster-cell');
  });

  test('an edited name reaches the table without a new fit', async () => {
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').first();
    const name = (await c.getAttribute('data-cell-name'))!;
    const members = (cluster: number) => countRows(`SELECT * FROM ${name} WHERE cluster = ${cluster}`);
    const size = await members(2);
    expect(kmeansWorkers).toBeGreaterThan(0); // the fit above ran in one
    const workersBefore = kmeansWorkers;
    await exec(`CREATE TEMP TABLE before_rename AS SELECT customer_id, cluster, distance FROM ${name}`);
    await c.getByTestId('cluster-name').nth(1).fill('Loyal big spenders');
    await c.getByTestId('cluster-name').nth(1).press('Enter');
    await expect.poll(() => countRows(`SELECT * FROM ${name} WHERE cluster = 2 AND cluster_name = 'Loyal big spenders'`), { timeout: 30_000 }).toBe(size);
    expect(await settle(c)).toBe('done');
    // same labels joined again: no worker started, every row still there with its own cluster
    expect(kmeansWorkers).toBe(workersBefore);
    expect(await countRows(`SELECT * FROM ${name} WHERE cluster_name IS NULL`)).toBe(0);
    expect(await countRows(`SELECT customer_id, cluster, distance FROM ${name} EXCEPT ALL SELECT * FROM before_rename`)).toBe(0);
    expect(await countRows(`SELECT * FROM ${name}`)).toBe(await countRows('SELECT * FROM before_rename'));
    await exec('DROP TABLE before_rename');
    // the labels kept for this are hidden from the table list (SQL completion) and the profile
    expect(await labelsTables()).toBe(1);
    const listed = await page.evaluate(async () => (await (window as unknown as { segbook: { engine: { listTables(): Promise<{ name: string }[]> } } }).segbook.engine.listTables()).map((t) => t.name));
    expect(listed.filter((t) => t.startsWith('__segbook'))).toEqual([]);
    expect(listed).toContain(name);
  });

  test('Advanced: the algorithm refits to the same clusters, and a tolerance out of range is refused with a sentence', async () => {
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').first();
    const inertia = await c.getByTestId('cluster-inertia').getAttribute('data-value');
    const workersBefore = kmeansWorkers;
    await c.getByTestId('cluster-advanced-toggle').click();
    await expect.poll(() => c.getByTestId('cluster-algorithm').inputValue()).toBe('hamerly');
    expect(await c.getByTestId('cluster-tol').inputValue()).toBe('0.0001');
    await c.getByTestId('cluster-advanced').scrollIntoViewIfNeeded();
    await screenshot(page, 'cluster-advanced');
    await c.getByTestId('cluster-algorithm').selectOption('lloyd');
    await expect.poll(() => kmeansWorkers, { timeout: 30_000 }).toBe(workersBefore + 1);
    expect(await settle(c)).toBe('done');
    // Lloyd and Hamerly give the same fit bit for bit (test/core/kmeans/hamerly-lloyd.test.ts)
    expect(await c.getByTestId('cluster-inertia').getAttribute('data-value')).toBe(inertia);
    await c.getByTestId('cluster-tol').fill('0.5');
    await c.getByTestId('cluster-tol').press('Enter');
    await c.getByTestId('cluster-tol-error').waitFor();
    expect(await c.getByTestId('cluster-tol-error').textContent()).toContain('Tolerance must be a number from 0 to 0.1');
    expect(await c.getByTestId('cluster-tol').getAttribute('aria-invalid')).toBe('true');
    expect(await c.getAttribute('data-status')).toBe('done'); // not saved, so nothing to rerun
    await c.getByTestId('cluster-tol').fill('1e-3');
    await c.getByTestId('cluster-tol').press('Enter');
    await expect.poll(() => c.getByTestId('cluster-tol-error').count()).toBe(0);
    await expect.poll(() => kmeansWorkers, { timeout: 30_000 }).toBe(workersBefore + 2);
    expect(await settle(c)).toBe('done');
    expect(await c.getByTestId('cluster-tol').inputValue()).toBe('0.001');
    await c.getByTestId('cluster-algorithm').selectOption('hamerly');
    await expect.poll(() => kmeansWorkers, { timeout: 30_000 }).toBe(workersBefore + 3);
    expect(await settle(c)).toBe('done');
    await c.getByTestId('cluster-advanced-toggle').click();
  });

  test('scanning k shows inertia and silhouette side by side with a recommendation that sets k', async () => {
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').first();
    await c.getByTestId('cluster-scan-kmax').fill('8');
    await expect.poll(() => c.getByTestId('cluster-scan-run').isEnabled(), { timeout: 30_000 }).toBe(true);
    await c.getByTestId('cluster-scan-run').click();
    const recommend = c.getByTestId('cluster-recommend');
    await recommend.waitFor({ timeout: 60_000 });
    await expect.poll(() => c.locator('[data-testid="cluster-scan"] [data-testid="chart"][data-state="ready"]').count(), { timeout: 30_000 }).toBe(2);
    const k = Number(await recommend.getAttribute('data-k'));
    expect(k).toBeGreaterThanOrEqual(2);
    expect(k).toBeLessThanOrEqual(8);
    await c.getByTestId('cluster-scan').scrollIntoViewIfNeeded();
    await screenshot(page, 'cluster-scan');
    if (k !== 4) {
      await recommend.click();
      await expect.poll(() => c.getByTestId('cluster-k').inputValue()).toBe(String(k));
      await expect.poll(() => c.getByTestId('cluster-row').count(), { timeout: 30_000 }).toBe(k);
    }
    await c.getByTestId('cluster-k').fill('12');
    await c.getByTestId('cluster-scan-warning').waitFor({ timeout: 30_000 });
    expect(await c.getByTestId('cluster-scan-warning').textContent()).toContain('12 clusters');
  });

  test('the view reads in Korean', async () => {
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').first();
    await expect.poll(() => c.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    await expect.poll(() => c.getByTestId('cluster-row').count()).toBe(12);
    await page.getByTestId('lang-select').selectOption('ko');
    await expect.poll(() => c.getByTestId('cluster-facts').textContent()).toContain('군집');
    // the workbook was made in English: its proposed names stay English (what the table holds), and it says so
    const table = (await c.getAttribute('data-cell-name'))!;
    const names = await page.evaluate(async (name) => {
      const engine = (window as unknown as { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } }).segbook.engine;
      return (await engine.query(`SELECT DISTINCT cluster_name FROM "${name}" WHERE regexp_matches(cluster_name, '(recency|frequency|monetary)', 'i')`)).rowCount;
    }, table);
    expect(names).toBeGreaterThan(0);
    expect(await c.getByTestId('names-language').textContent()).toContain('English');
    await c.getByTestId('cluster-summary').scrollIntoViewIfNeeded();
    await screenshot(page, 'cluster-cell-ko');
    await page.getByTestId('lang-select').selectOption('en');
    expect(await c.getByTestId('names-language').count()).toBe(0);
  });

  test('deleting the cell drops its hidden labels table', async () => {
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').first();
    expect(await labelsTables()).toBe(1);
    await c.getByTestId('cell-delete').click();
    await expect.poll(() => page.locator('[data-testid="cell"][data-kind="cluster"]').count()).toBe(0);
    await expect.poll(labelsTables, { timeout: 10_000 }).toBe(0);
  });

  test('a constant column gets its sentence, and Cancel stops a long fit within a second', async () => {
    await page.getByTestId('btn-add-sql').click();
    const sql = page.locator('[data-testid="cell"][data-kind="sql"]').last();
    await sql.locator('.cm-content').click();
    await page.keyboard.insertText(`SELECT range AS id, random() AS a, random() AS b, random() * random() AS c, 1 AS one FROM range(${BIG_ROWS})`);
    const big = (await sql.getAttribute('data-cell-name'))!;
    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await waitForCellDone(page, big)).toBe(BIG_ROWS);

    await page.getByTestId('btn-add-cluster').click();
    const c = page.locator('[data-testid="cell"][data-kind="cluster"]').last();
    const input = c.getByTestId('cell-input');
    if ((await input.inputValue()) !== (await sql.getAttribute('data-cell-id'))) await input.selectOption({ label: big });
    await c.getByTestId('cluster-features').waitFor();
    await feature(c, 'one').check();
    await expect.poll(() => c.getAttribute('data-status'), { timeout: 60_000 }).toBe('error');
    expect(await c.getByTestId('cell-error').textContent()).toContain('Column “one” has the same value (1) in every row');

    await feature(c, 'one').uncheck();
    await c.getByTestId('cluster-restarts').fill('100');
    await c.getByTestId('cluster-k').fill('20');
    for (const column of ['a', 'b', 'c']) await feature(c, column).check();
    await c.getByTestId('cell-run').click();
    await expect.poll(() => c.getAttribute('data-status'), { timeout: 30_000 }).toBe('running');
    // wait until the fit itself is under way (the progress bar says which restart)
    await expect.poll(async () => (await c.getByTestId('progress').textContent()) ?? '', { timeout: 60_000 }).toContain('restart');
    await screenshot(page, 'cluster-running');
    const clicked = Date.now();
    await c.getByTestId('btn-cancel').click();
    await expect.poll(() => c.getAttribute('data-status'), { timeout: 5_000, interval: 50 }).not.toBe('running');
    expect(Date.now() - clicked).toBeLessThan(1_500);
    expect(await c.getAttribute('data-status')).toBe('stale');
    // the page is usable straight away: a query answers
    expect(await countRows('SELECT 42')).toBe(1);
  });

  test('no errors in the console', () => {
    expect(app.errors).toEqual([]);
  });
});
