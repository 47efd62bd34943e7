// Workbook files in real Chromium: the demo on a first visit, ?open= links, files that must be
// refused (newer version, hostile content), attaching a file that differs from the saved one,
// and an exact save -> open round trip.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cell, launchBrowser, openApp, screenshot, waitForCellDone, type AppPage } from './browser';

const RETAIL_ROWS = 541_909;
type DemoFile = { title: string; cells: { name: string; kind: string; settings: { sql?: string } }[] };
const DEMO = JSON.parse(readFileSync('public/demo/demo.segbook.json', 'utf8')) as DemoFile;
const SHOP = JSON.parse(readFileSync('public/demo/shop.segbook.json', 'utf8')) as DemoFile;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'segbook-workbook-'));
  browser = await launchBrowser();
});
afterAll(async () => { await browser?.close(); });

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } };
const countRows = (page: Page, sql: string) =>
  page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);

const cellNames = (page: Page) =>
  page.locator('[data-testid="cell"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')));
const title = (page: Page) => page.getByTestId('workbook-title').inputValue();

async function lastError(page: Page): Promise<string> {
  const msg = page.locator('[data-testid="app-message"][data-level="error"]').last();
  await msg.waitFor({ timeout: 30_000 });
  return (await msg.textContent()) ?? '';
}
async function dismissMessages(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('[data-testid="app-message-dismiss"]').forEach((b) => b.click()));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="app-message"]').length === 0);
}

describe('the demo and ?open= links', () => {
  let app: AppPage;

  test('a first visit opens the demo shop and every cell kind runs', async () => {
    app = await openApp(browser);
    const { page } = app;
    await expect.poll(() => cellNames(page)).toEqual(SHOP.cells.map((c) => c.name));
    expect(await title(page)).toBe(SHOP.title);
    expect(new Set(SHOP.cells.map((c) => c.kind)).size).toBeGreaterThanOrEqual(10);
    const statuses = () => page.locator('[data-testid="cell"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    await expect.poll(statuses, { timeout: 120_000 }).toEqual(SHOP.cells.map(() => 'done'));
    // Results agree with the data they were computed from.
    expect(await countRows(page, 'SELECT * FROM completed_orders')).toBe(await countRows(page, "SELECT * FROM orders WHERE status = 'completed'"));
    expect(await countRows(page, 'SELECT * FROM rfm')).toBe(await countRows(page, 'SELECT DISTINCT customer_id FROM completed_orders'));
    expect(await countRows(page, 'SELECT * FROM clusters')).toBe(await countRows(page, 'SELECT * FROM customer_view'));
    await expect.poll(() => page.locator('[data-kind="markdown"] h1').first().textContent()).toContain('Demo shop');
    await screenshot(page, 'workbook-demo');
  });

  test('?open= with a same-origin path opens that workbook', async () => {
    const { page } = app;
    await page.getByTestId('workbook-title').fill('Edited demo');
    await page.goto(`${new URL(page.url()).origin}/?open=/demo/demo.segbook.json`);
    await page.waitForFunction(() => (window as unknown as { segbook?: unknown }).segbook !== undefined);
    await expect.poll(() => title(page)).toBe(DEMO.title); // the file, not the edited autosave
    expect(await cellNames(page)).toEqual(DEMO.cells.map((c) => c.name));
    const sql = await page.evaluate(() => window.segbook!.store.workbook.cells.map((c) => (c.kind === 'sql' ? c.settings.sql : null)));
    expect(sql).toEqual(DEMO.cells.map((c) => c.settings.sql ?? null));
    expect(await waitForCellDone(page, 'top_customers')).toBe(20);
    expect(await waitForCellDone(page, 'online_retail')).toBe(RETAIL_ROWS);
    // Results agree with the source they were computed from.
    expect(await countRows(page, `SELECT 1 FROM customers_by_country HAVING count(*) =
      (SELECT count(DISTINCT Country) FROM online_retail WHERE CustomerID IS NOT NULL)`)).toBe(1);
    expect(await countRows(page, `SELECT 1 FROM top_customers t JOIN customer_orders c USING (customer_id)
      WHERE t.revenue = c.revenue HAVING count(*) = 20`)).toBe(1);
  });

  test('?open= with another site\'s URL is refused and the previous workbook stays', async () => {
    const { page } = app;
    await page.getByTestId('workbook-title').fill('Kept workbook');
    await page.waitForTimeout(600); // autosave debounce
    await page.goto(`${new URL(page.url()).origin}/?open=https://example.com/x.json`);
    await page.waitForFunction(() => (window as unknown as { segbook?: unknown }).segbook !== undefined);
    const text = await lastError(page);
    expect(text).toContain('https://example.com/x.json');
    expect(text).toMatch(/this site/);
    expect(await title(page)).toBe('Kept workbook');
    expect(await cellNames(page)).toEqual(DEMO.cells.map((c) => c.name));
    await screenshot(page, 'workbook-foreign-url');
    await dismissMessages(page);
  });

  test('a newer-version file and hostile files each give a clear message and keep the open workbook', async () => {
    const { page } = app;
    const demo = readFileSync('public/demo/demo.segbook.json', 'utf8');
    const doc = () => JSON.parse(demo);
    const newer = { ...doc(), version: 99 };
    const badName = doc();
    badName.cells[2].name = 'x; DROP TABLE online_retail';
    const proto = demo.replace('"source": "sretail"', '"source": "sretail", "__proto__": { "polluted": true }');
    expect(proto).not.toBe(demo);
    const many = doc();
    many.cells = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, kind: 'markdown', name: `m${i}`, inputs: [], settings: { text: 'x' } }));
    const cases: [string, string, RegExp][] = [
      ['newer.segbook.json', JSON.stringify(newer), /newer Segbook.*99/],
      ['bad-name.segbook.json', JSON.stringify(badName), /cells\[2\]\.name.*x; DROP TABLE/],
      ['proto.segbook.json', proto, /__proto__/],
      ['many.segbook.json', JSON.stringify(many), /more than 5,?000 cells/],
    ];
    for (const [file, text, pattern] of cases) {
      writeFileSync(path.join(dir, file), text);
      await page.getByTestId('workbook-file-input').setInputFiles(path.join(dir, file));
      const message = await lastError(page);
      expect(message).toContain(file);
      expect(message).toMatch(pattern);
      expect(message).not.toMatch(/TypeError|at \w+ \(|undefined/);
      expect(await title(page)).toBe('Kept workbook');
      expect(await cellNames(page)).toEqual(DEMO.cells.map((c) => c.name));
      if (file === 'bad-name.segbook.json') await screenshot(page, 'workbook-hostile');
      await dismissMessages(page);
    }
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    // The kept workbook still runs: no hostile name reached the engine, nothing was dropped.
    expect(await waitForCellDone(page, 'online_retail')).toBe(RETAIL_ROWS);
    expect(await countRows(page, 'SELECT * FROM online_retail LIMIT 1')).toBe(1);
    await app.context.close();
  });
});

describe('save, open and attach', () => {
  const TITLE = 'Q3 세그먼트 — "VIP" & <b>test</b>';
  const BY_CITY = "-- 도시별 고객 수\nSELECT city, count(*) AS n\nFROM customers\nWHERE name <> 'it''s'\nGROUP BY city\n    ORDER BY n DESC;";
  const SUMMARY = 'SELECT * FROM by_city WHERE n > 0';
  const NOTE = '# 메모\n\nText with `code`, "quotes" and trailing spaces  ';
  let savedPath: string;
  let v1: string;
  let v2: string;
  let saved: { title: string; cells: { id: string; name: string; kind: string; settings: Record<string, string> }[] };

  test('save writes the title, cell order, names and SQL exactly', async () => {
    v1 = path.join(dir, 'customers.csv');
    writeFileSync(v1, 'id,name,city\n1,김민수,서울\n2,Lee,Busan\n3,박지성,서울\n');
    v2 = path.join(dir, 'customers_v2.csv');
    writeFileSync(v2, 'id,name,segment\n1,김민수,A\n2,Lee,B\n3,박지성,A\n4,Kim,C\n5,Park,B\n');

    const { page, context } = await openApp(browser);
    page.on('dialog', (d) => void d.accept());
    await page.getByTestId('btn-new').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="cell"]').length === 0);
    await page.getByTestId('data-file-input').setInputFiles(v1);
    expect(await waitForCellDone(page, 'customers')).toBe(3);

    for (const [sql, name] of [[BY_CITY, 'by_city'], [SUMMARY, '고객_요약']] as const) {
      await page.getByTestId('btn-add-sql').click();
      const added = page.locator('[data-testid="cell"]').last();
      await page.waitForFunction(() => document.activeElement?.classList.contains('cm-content'));
      await page.keyboard.insertText(sql);
      const input = added.getByTestId('cell-name');
      await input.fill(name);
      await input.press('Enter');
      await cell(page, name).waitFor();
    }
    await page.getByTestId('btn-add-markdown').click();
    const md = page.locator('[data-kind="markdown"] textarea');
    await md.fill(NOTE);
    await page.keyboard.press('Escape');
    const mdName = (await page.locator('[data-kind="markdown"]').getAttribute('data-cell-name'))!;
    for (let i = 0; i < 3; i++) await cell(page, mdName).getByTestId('cell-move-up').click();
    await page.getByTestId('workbook-title').fill(TITLE);
    await page.getByTestId('btn-run-all').click();
    expect(await waitForCellDone(page, '고객_요약')).toBe(2);
    const order = [mdName, 'customers', 'by_city', '고객_요약'];
    expect(await cellNames(page)).toEqual(order);

    const download = page.waitForEvent('download');
    await page.getByTestId('btn-save').click();
    const d = await download;
    savedPath = path.join(dir, d.suggestedFilename());
    await d.saveAs(savedPath);
    expect(d.suggestedFilename()).toMatch(/\.segbook\.json$/);
    saved = JSON.parse(readFileSync(savedPath, 'utf8'));
    expect(saved.title).toBe(TITLE);
    expect(saved.cells.map((c) => c.name)).toEqual(order);
    expect(saved.cells.map((c) => c.settings.sql ?? c.settings.text ?? null)).toEqual([NOTE, null, BY_CITY, SUMMARY]);
    await context.close();
  });

  test('open in a fresh browser: same workbook; attaching a different file lists the differences', async () => {
    const { page, context } = await openApp(browser);
    await page.getByTestId('workbook-file-input').setInputFiles(savedPath);
    const dialog = page.getByTestId('attach-dialog');
    await dialog.waitFor();
    expect(await title(page)).toBe(TITLE);
    const opened = await page.evaluate(() => window.segbook!.store.workbook.cells.map((c) => ({ id: c.id, name: c.name, kind: c.kind, settings: c.settings })));
    expect(opened).toEqual(saved.cells.map(({ id, name, kind, settings }) => ({ id, name, kind, settings })));
    expect(await cellNames(page)).toEqual(saved.cells.map((c) => c.name));
    expect(await cell(page, 'by_city').locator('.cm-content').innerText()).toBe(BY_CITY);

    const row = dialog.getByTestId('attach-source');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('customers.csv');
    await row.getByTestId('attach-input').setInputFiles(v2);
    const diff = row.getByTestId('attach-diff');
    await diff.waitFor({ timeout: 60_000 });
    const text = await diff.innerText();
    expect(text).toMatch(/missing[^\n]*city/i);
    expect(text).toMatch(/(new|added)[^\n]*segment/i);
    expect(text).toMatch(/row[^\n]*3[^\n]*5/i);
    expect(text).not.toMatch(/\bname\b|\bid\b/); // unchanged columns are not listed
    expect(await diff.getAttribute('data-differences')).not.toBe('0');
    await screenshot(page, 'workbook-attach-diff');

    await page.getByTestId('btn-attach-done').click();
    expect(await waitForCellDone(page, 'customers')).toBe(5);
    // by_city reads a column the new file lacks: a clear SQL error, and its reader is blocked.
    await expect.poll(() => cell(page, 'by_city').getAttribute('data-status'), { timeout: 30_000 }).toBe('error');
    expect(await cell(page, 'by_city').getByTestId('cell-error').textContent()).toMatch(/city/);
    await expect.poll(() => cell(page, '고객_요약').getAttribute('data-status')).toBe('blocked');
    await context.close();
  });
});
