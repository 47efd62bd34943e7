// "Save with data": a colleague opens the workbook with no files at hand and gets the same
// results; the embedded file is the original (CP949 stays CP949, the fingerprint matches).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, openEmptyWorkbook, screenshot, waitForCellDone } from './browser';

const FIXTURE = 'test/fixtures/e2e/customers_cp949.csv';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

test('a workbook saved with data opens elsewhere without attaching anything', async () => {
  const { page } = await openEmptyWorkbook(browser);
  await page.getByTestId('data-file-input').setInputFiles(FIXTURE);
  expect(await waitForCellDone(page, 'customers_cp949')).toBe(4);

  const download = page.waitForEvent('download');
  await page.getByTestId('btn-save-data').click();
  const savedPath = path.join(mkdtempSync(path.join(tmpdir(), 'segbook-embed-')), 'with-data.segbook.json');
  await (await download).saveAs(savedPath);
  const saved = JSON.parse(readFileSync(savedPath, 'utf8'));
  const sourceId = saved.sources[0].id;
  expect(saved.data[sourceId].encoding).toBe('file.gz');
  expect(Buffer.compare(gunzipSync(Buffer.from(saved.data[sourceId].base64, 'base64')), readFileSync(FIXTURE))).toBe(0);
  await page.context().close();

  const fresh = await openApp(browser, '/', await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'ko-KR' }));
  await fresh.page.getByTestId('workbook-file-input').setInputFiles(savedPath);
  expect(await waitForCellDone(fresh.page, 'customers_cp949')).toBe(4);
  expect(await fresh.page.getByTestId('attach-dialog').count()).toBe(0);
  const matches = await fresh.page.evaluate(async () => {
    const engine = (window as unknown as { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } }).segbook.engine;
    return (await engine.query(`SELECT * FROM customers_cp949 WHERE "이름" = '최유진' AND "지역" = '제주특별자치도'`)).rowCount;
  });
  expect(matches).toBe(1);
  // Same bytes, same fingerprint: no "this file differs" warning.
  expect(await fresh.page.locator('[data-testid="app-message"][data-level="warning"]').count()).toBe(0);
  expect(await fresh.page.getByTestId('dirty-indicator').count()).toBe(0); // just opened: nothing unsaved
  await screenshot(fresh.page, 'embed-opened');
  await fresh.context.close();
});
