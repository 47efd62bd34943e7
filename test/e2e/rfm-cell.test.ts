// The RFM cell in real Chromium on the demo shop's orders: columns proposed from names and
// types, segment counts and the checks line against DuckDB queries written independently, and
// next month's export with Korean column names re-bound by role.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const ORDERS = 'public/demo/shop/orders.csv.gz';

let browser: Browser;
let app: AppPage;
let page: Page;

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number; ipc: Uint8Array }> } } };
/** Rows a query returns, through the page's own engine (WHERE clauses make this an exact check). */
const one = (sql: string) => page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);

async function settle(c: Locator): Promise<string> {
  await expect.poll(async () => c.getAttribute('data-status'), { timeout: 60_000 }).toMatch(/^(done|error|idle)$/);
  return (await c.getAttribute('data-status'))!;
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  page = app.page;
  await page.getByTestId('data-file-input').setInputFiles(ORDERS);
  await waitForCellDone(page, 'orders');
});
afterAll(async () => { await browser?.close(); });

describe('RFM cell', () => {
  test('proposes the columns from their names and types and scores every customer', async () => {
    await page.getByTestId('btn-add-rfm').click();
    const rfm = page.locator('[data-testid="cell"][data-kind="rfm"]').first();
    await rfm.waitFor();
    const bound = await rfm.getByTestId('rfm-column').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-role'), (e as HTMLSelectElement).value])));
    expect(bound).toEqual({ customer: 'customer_id', timestamp: 'ordered_at', amount: 'amount_krw', order: 'order_id' });
    if ((await settle(rfm)) !== 'done') await rfm.getByTestId('cell-run').click();
    expect(await settle(rfm)).toBe('done');
    // customers with an order before the as-of day (the day after the last order)
    const customers = await one(`SELECT DISTINCT customer_id FROM orders WHERE customer_id IS NOT NULL AND ordered_at IS NOT NULL AND amount_krw IS NOT NULL`);
    expect(Number(await rfm.getByTestId('cell-rowcount').getAttribute('data-rows'))).toBe(customers);
    expect(await rfm.getByTestId('rfm-checks').textContent()).toContain(`${customers.toLocaleString('en-US')} customers`);
    // R-F map: champions are exactly R 5 and F 4-5, as DESIGN says
    expect(await one(`SELECT * FROM rfm WHERE segment_id = 'champions' AND NOT (r = 5 AND f BETWEEN 4 AND 5)`)).toBe(0);
    expect(await one(`SELECT * FROM rfm WHERE r = 5 AND f BETWEEN 4 AND 5 AND segment_id <> 'champions'`)).toBe(0);
    // scores are 1..5 and the code is their digits
    expect(await one(`SELECT * FROM rfm WHERE r NOT BETWEEN 1 AND 5 OR f NOT BETWEEN 1 AND 5 OR m NOT BETWEEN 1 AND 5 OR rfm_code <> concat(r, f, m)`)).toBe(0);
    await rfm.getByTestId('rfm-summary').scrollIntoViewIfNeeded();
    await rfm.locator('[data-testid="rfm-summary"] [data-testid="chart"][data-state="ready"]').first().waitFor();
    await screenshot(page, 'rfm-cell');
  });

  test('changing k without rules for it says what to do instead of guessing', async () => {
    const rfm = page.locator('[data-testid="cell"][data-kind="rfm"]').first();
    await rfm.getByTestId('rfm-k').selectOption('4');
    await expect.poll(() => rfm.getAttribute('data-status'), { timeout: 30_000 }).toBe('error');
    expect(await rfm.getByTestId('cell-error').textContent()).toContain('scores 1–5');
    await rfm.getByTestId('rfm-k').selectOption('5');
    await expect.poll(() => rfm.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
  });

  test('next month’s export with Korean column names is re-bound by role', async () => {
    await page.getByTestId('btn-add-sql').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.insertText('SELECT order_id AS 주문번호, customer_id AS 회원번호, ordered_at AS 주문일시, amount_krw AS 결제금액 FROM orders');
    await page.keyboard.press('ControlOrMeta+Enter');
    const renamed = page.locator('[data-testid="cell"][data-kind="sql"]').last();
    await expect.poll(() => renamed.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    const rfm = page.locator('[data-testid="cell"][data-kind="rfm"]').first();
    // the RFM cell now reads the renamed table: move it below and point it there
    const before = Number(await rfm.getByTestId('cell-rowcount').getAttribute('data-rows'));
    await rfm.getByTestId('cell-move-down').click();
    await rfm.getByTestId('cell-input').selectOption({ label: await renamed.getAttribute('data-cell-name') ?? 'query' });
    await expect.poll(() => rfm.getByTestId('cell-note').textContent(), { timeout: 30_000 }).toContain('customer_id → 회원번호');
    expect(await rfm.getAttribute('data-status')).toBe('done');
    expect(Number(await rfm.getByTestId('cell-rowcount').getAttribute('data-rows'))).toBe(before);
  });

  test('segment names are edited in the workbook’s language, whatever the interface’s', async () => {
    // The workbook was made with the interface in English; a colleague reads it in Korean.
    const rfm = page.locator('[data-testid="cell"][data-kind="rfm"]').first();
    await page.getByTestId('lang-select').selectOption('ko');
    try {
      if ((await rfm.locator('details.rules').getAttribute('open')) === null) await rfm.locator('details.rules summary').click();
      const champions = rfm.locator('[data-testid="rfm-rule"][data-id="champions"] input').first();
      expect(await champions.inputValue()).toBe('Champions'); // the name the table holds, not '챔피언'
      expect(await rfm.getByTestId('names-language').textContent()).toContain('English');
      const expected = await one(`SELECT * FROM rfm WHERE segment_id = 'champions'`);
      expect(expected).toBeGreaterThan(0);
      await champions.fill('Top customers');
      await expect.poll(() => one(`SELECT * FROM rfm WHERE segment = 'Top customers'`), { timeout: 30_000 }).toBe(expected);
      await screenshot(page, 'rfm-names-language-ko');
    } finally {
      await page.getByTestId('lang-select').selectOption('en');
    }
    expect(await rfm.getByTestId('names-language').count()).toBe(0);
  });
});
