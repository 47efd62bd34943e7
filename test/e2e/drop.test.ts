// Drag and drop anywhere on the page: data files become source cells, a workbook file opens,
// and the drop overlay shows while dragging. Files are built in the page (a real DataTransfer
// with real File objects) and dispatched as the browser would for a drop from the desktop.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, waitForCellDone } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Drag `files` (name -> text) over the page and drop them on `target`. */
async function dropFiles(page: Page, files: Record<string, string>, target = 'main') {
  const transfer = await page.evaluateHandle((entries) => {
    const dt = new DataTransfer();
    for (const [name, text] of entries) dt.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }));
    return dt;
  }, Object.entries(files));
  const at = page.locator(target).first();
  await at.dispatchEvent('dragenter', { dataTransfer: transfer });
  await at.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect.poll(() => page.getByTestId('drop-overlay').isVisible()).toBe(true);
  await at.dispatchEvent('drop', { dataTransfer: transfer });
}

test('dropped CSV files become source cells; a dropped workbook opens', async () => {
  const { page, errors } = await openEmptyWorkbook(browser);

  const people = 'id,name,city\n1,김민수,서울\n2,이서연,부산\n3,박지훈,대구\n';
  const orders = 'order_id,id,amount\n10,1,35000\n11,1,12000\n12,3,9900\n13,2,5000\n14,2,7000\n';
  await dropFiles(page, { 'people.csv': people, 'orders.csv': orders });
  expect(await waitForCellDone(page, 'people')).toBe(3);
  expect(await waitForCellDone(page, 'orders')).toBe(5);
  await expect.poll(() => page.getByTestId('drop-overlay').isVisible()).toBe(false);
  await expect.poll(() => cell(page, 'people').getByTestId('result-grid').textContent()).toContain('김민수');

  const workbook = {
    format: 'segbook.workbook', version: 1, title: 'Dropped workbook', locale: 'en', sources: [],
    cells: [{ id: 'c1', kind: 'sql', name: 'numbers', inputs: [], settings: { sql: 'SELECT * FROM range(7)' } }],
  };
  await dropFiles(page, { 'dropped.segbook.json': JSON.stringify(workbook) });
  await expect.poll(() => page.getByTestId('workbook-title').inputValue()).toBe('Dropped workbook');
  await page.getByTestId('btn-run-all').click();
  expect(await waitForCellDone(page, 'numbers')).toBe(7);
  expect(await page.locator('[data-testid="cell"]').count()).toBe(1);
  expect(errors).toEqual([]);
});
