// Nasty inputs through the real UI: Korean CP949 export, empty, ragged and binary files,
// a corrupt workbook. Each gives a clear message naming the file, and nothing is lost.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const FIX = 'test/fixtures/e2e';
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
});
afterAll(async () => { await browser?.close(); });

const cellNames = (page: Page) =>
  page.locator('[data-testid="cell"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')));

async function lastError(page: Page): Promise<string> {
  const msg = page.locator('[data-testid="app-message"][data-level="error"]').last();
  await msg.waitFor({ timeout: 60_000 });
  return (await msg.textContent()) ?? '';
}

async function dismissMessages(page: Page) {
  await page.evaluate(() => document.querySelectorAll('[data-testid="app-message"] button').forEach((b) => (b as HTMLButtonElement).click()));
  await expect.poll(() => page.locator('[data-testid="app-message"][data-level="error"]').count()).toBe(0);
}

describe('bad input', () => {
  test('a CP949 CSV with Korean headers and values loads with intact Hangul', async () => {
    const { page } = app;
    await page.getByTestId('data-file-input').setInputFiles(`${FIX}/customers_cp949.csv`);
    expect(await waitForCellDone(page, 'customers_cp949')).toBe(4);
    const n = await page.evaluate(async () => {
      const e = (window as unknown as { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } }).segbook.engine;
      return (await e.query(`SELECT * FROM customers_cp949 WHERE "이름" = '김민수' AND "지역" = '서울특별시' AND "고객ID" = 1001`)).rowCount;
    });
    expect(n).toBe(1);
    await expect.poll(() => cell(page, 'customers_cp949').getByTestId('result-grid').textContent()).toContain('제주특별자치도');
    await screenshot(page, 'cp949-loaded');
  });

  for (const [file, pattern] of [
    ['empty.csv', /empty\.csv/],
    ['ragged.csv', /ragged\.csv.*\b[45]\b/s],
    ['binary.csv', /binary\.csv/],
  ] as const) {
    test(`${file} gives a clear message and leaves the workbook as it was`, async () => {
      const { page } = app;
      const before = await cellNames(page);
      await page.getByTestId('data-file-input').setInputFiles(`${FIX}/${file}`);
      const text = await lastError(page);
      expect(text).toMatch(pattern);
      expect(text).not.toMatch(/at \w+ \(|TypeError|undefined/); // a sentence, not a stack trace
      await screenshot(page, `bad-${file}`);
      expect(await cellNames(page)).toEqual(before);
      await dismissMessages(page);
    });
  }

  test('a corrupt workbook file leaves the open workbook untouched', async () => {
    const { page } = app;
    const before = await cellNames(page);
    await page.getByTestId('workbook-file-input').setInputFiles(`${FIX}/corrupt.segbook.json`);
    const text = await lastError(page);
    expect(text).toMatch(/corrupt\.segbook\.json/);
    expect(text).toMatch(/line|줄/i);
    await screenshot(page, 'bad-workbook');
    expect(await cellNames(page)).toEqual(before);
    expect(await cell(page, 'customers_cp949').getAttribute('data-status')).toBe('done');
  });
});
