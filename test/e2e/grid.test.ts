// The result grid on a real 10,000,000-row DuckDB table: the first and the last row are both
// reachable (browsers cap element height near 16-33M px, so the grid scales its scrolling), and
// the rows it shows are the table's rows, fetched page by page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone } from './browser';

const ROWS = 10_000_000;
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

test('a 10M-row result scrolls from the first row to the last', async () => {
  const { page, errors } = await openEmptyWorkbook(browser);
  await page.getByTestId('btn-add-sql').click();
  const sqlCell = page.locator('[data-testid="cell"][data-kind="sql"]').last();
  await sqlCell.locator('.cm-content').click();
  await page.keyboard.insertText(`SELECT range AS n, range * 7 % 1000 AS bucket, 'row ' || range AS label FROM range(${ROWS})`);
  const name = (await sqlCell.getAttribute('data-cell-name'))!;
  await page.keyboard.press('ControlOrMeta+Enter');
  expect(await waitForCellDone(page, name)).toBe(ROWS);

  const grid = cell(page, name).getByTestId('result-grid');
  const row = (i: number) => grid.locator(`[data-testid="grid-row"][data-row="${i}"]`);
  await expect.poll(() => row(0).textContent()).toContain('row 0');

  await grid.getByRole('grid').focus();
  await page.keyboard.press('End');
  await expect.poll(() => row(ROWS - 1).textContent(), { timeout: 30_000 }).toContain(`row ${ROWS - 1}`);
  // n and bucket come from the same row: 9,999,999 * 7 % 1000 = 993.
  expect(await row(ROWS - 1).textContent()).toMatch(/993/);
  await screenshot(page, 'grid-10m-end');

  await page.keyboard.press('Home');
  await expect.poll(() => row(0).textContent(), { timeout: 30_000 }).toContain('row 0');
  expect(errors).toEqual([]);
  await page.context().close();
});
