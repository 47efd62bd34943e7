// The main path on the real UCI Online Retail CSV (541,909 rows, 4,372 customers):
// load through the file input, count customers in a SQL cell, save, reload (autosave),
// open the saved file elsewhere, attach the CSV, get the same results.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cell, launchBrowser, openApp, screenshot, waitForCellDone } from './browser';

const RETAIL_ROWS = 541_909;
const RETAIL_CUSTOMERS = 4_372;

let browser: Browser;
let dir: string;
let csvPath: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'segbook-e2e-'));
  csvPath = path.join(dir, 'online_retail.csv');
  writeFileSync(csvPath, gunzipSync(readFileSync('public/data/online_retail.csv.gz')));
  browser = await launchBrowser();
});
afterAll(async () => { await browser?.close(); });

async function newWorkbook(page: Page) {
  page.on('dialog', (d) => void d.accept());
  await page.getByTestId('btn-new').click();
  await expect.poll(() => page.locator('[data-testid="cell"]').count()).toBe(0);
}

/** Exact check through the engine: the query returns one row only if the value matches. */
async function countRows(page: Page, sql: string): Promise<number> {
  return page.evaluate(async (q) => {
    const sb = (window as unknown as { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } }).segbook;
    return (await sb.engine.query(q)).rowCount;
  }, sql);
}

async function addSqlCell(page: Page, sql: string): Promise<string> {
  await page.getByTestId('btn-add-sql').last().click();
  const sqlCell = page.locator('[data-testid="cell"][data-kind="sql"]').last();
  const editor = sqlCell.locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(sql);
  const name = (await sqlCell.getAttribute('data-cell-name'))!;
  await page.keyboard.press('ControlOrMeta+Enter'); // run in place (Shift+Enter would add a new cell at the end)
  return name;
}

describe('Online Retail end to end', () => {
  let savedPath: string;
  let sqlName: string;

  test('load the CSV through the file input, count customers in SQL, save', async () => {
    const { page, errors } = await openApp(browser);
    await newWorkbook(page);
    const started = Date.now();
    await page.getByTestId('data-file-input').setInputFiles(csvPath);
    const rows = await waitForCellDone(page, 'online_retail');
    console.log(`[measure] Online Retail CSV load in Chromium (UI, file input to done): ${Date.now() - started} ms`);
    expect(rows).toBe(RETAIL_ROWS);
    const source = cell(page, 'online_retail');
    await expect.poll(() => source.locator('[data-testid="grid-row"]').count()).toBeGreaterThan(5);
    await screenshot(page, 'retail-loaded');

    sqlName = await addSqlCell(page, 'SELECT count(DISTINCT CustomerID) AS customers FROM online_retail');
    expect(await waitForCellDone(page, sqlName)).toBe(1);
    expect(await countRows(page, `SELECT * FROM "${sqlName}" WHERE customers = ${RETAIL_CUSTOMERS}`)).toBe(1);
    await expect.poll(() => cell(page, sqlName).locator('[data-testid="grid-row"]').first().textContent()).toMatch(/4,?372/);
    await screenshot(page, 'retail-sql');

    const download = page.waitForEvent('download');
    await page.getByTestId('btn-save').click();
    savedPath = path.join(dir, 'saved.segbook.json');
    await (await download).saveAs(savedPath);
    const saved = JSON.parse(readFileSync(savedPath, 'utf8'));
    expect(saved.format).toBe('segbook.workbook');
    expect(saved.cells.map((c: { name: string }) => c.name)).toEqual(['online_retail', sqlName]);
    expect(saved.sources[0].fingerprint.rowCount).toBe(RETAIL_ROWS);
    expect(JSON.stringify(saved)).not.toMatch(/"status"|"elapsedMs"/); // runtime state never reaches the file

    // Reload: the autosaved workbook and its data come back from IndexedDB.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { segbook?: { engine?: unknown } }).segbook?.engine !== undefined);
    expect(await waitForCellDone(page, 'online_retail')).toBe(RETAIL_ROWS);
    await cell(page, sqlName).waitFor();
    expect(await page.locator('[data-testid="cell"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')))).toEqual(['online_retail', sqlName]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  test('open the saved workbook in a fresh browser, attach the CSV, same results', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1360, height: 900 }, locale: 'en-US' });
    const { page } = await openApp(browser, '/', context);
    await page.getByTestId('workbook-file-input').setInputFiles(savedPath);
    const dialog = page.getByTestId('attach-dialog');
    await dialog.waitFor();
    const row = dialog.locator('[data-testid="attach-source"]');
    expect(await row.count()).toBe(1);
    await row.getByTestId('attach-input').setInputFiles(csvPath);
    await expect.poll(() => row.getByTestId('attach-diff').textContent(), { timeout: 120_000 }).toMatch(/match|same|no diff|일치/i);
    await screenshot(page, 'attach-dialog');
    await page.getByTestId('btn-attach-done').click();
    await page.getByTestId('btn-run-all').click();
    expect(await waitForCellDone(page, 'online_retail')).toBe(RETAIL_ROWS);
    expect(await waitForCellDone(page, sqlName)).toBe(1);
    expect(await countRows(page, `SELECT * FROM "${sqlName}" WHERE customers = ${RETAIL_CUSTOMERS}`)).toBe(1);
    await context.close();
  });
});
