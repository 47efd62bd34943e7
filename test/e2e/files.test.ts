// Data files through the real UI: every supported format in, import options changed and
// re-applied, every export format out (and back in), and cancelling a large import.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { cell, launchBrowser, openApp, screenshot, waitForCellDone, type AppPage } from './browser';

const FIX = 'test/fixtures/engine';
let browser: Browser;
let app: AppPage;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'segbook-files-'));
  browser = await launchBrowser();
  app = await openApp(browser);
  app.page.on('dialog', (d) => void d.accept());
  await app.page.getByTestId('btn-new').click();
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="cell"]').length === 0);
});
afterAll(async () => { await browser?.close(); });

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } };

/** Rows a query returns, straight from the engine (WHERE clauses make this an exact check). */
const countRows = (page: Page, sql: string) =>
  page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);

const cellNames = (page: Page) =>
  page.locator('[data-testid="cell"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')));

/** Drop files through the data file input; returns the names of the cells they became. */
async function addFiles(page: Page, ...files: string[]): Promise<string[]> {
  const before = await cellNames(page);
  await page.getByTestId('data-file-input').setInputFiles(files);
  await expect.poll(() => cellNames(page), { timeout: 60_000 }).toHaveLength(before.length + files.length);
  return (await cellNames(page)).filter((n) => !before.includes(n)) as string[];
}

const rowsShown = (page: Page, name: string) => cell(page, name).getByTestId('cell-rowcount').getAttribute('data-rows');

/** Open a source cell's Import options. */
async function importOptions(page: Page, name: string) {
  const settings = cell(page, name).getByTestId('source-settings');
  if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
  return settings;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: string; bytes: Buffer; name: string }> {
  const pending: Promise<Download> = page.waitForEvent('download');
  await click();
  const d = await pending;
  const file = path.join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { file, bytes: readFileSync(file), name: d.suggestedFilename() };
}

/** A small CSV parser (quoted fields, doubled quotes) so the export is checked independently of DuckDB. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

describe('data files', () => {
  test('an .xlsx opens its first sheet; picking the second sheet in Import options re-imports it', async () => {
    const { page } = app;
    const [xlsx] = await addFiles(page, `${FIX}/two-sheets.xlsx`);
    expect(xlsx).toBe('two_sheets');
    expect(await waitForCellDone(page, xlsx!)).toBe(3);
    expect(await countRows(page, `SELECT * FROM two_sheets WHERE "이름" = '이영희' AND "고객ID" = 2 AND "금액" = 800`)).toBe(1);
    expect(await countRows(page, `SELECT * FROM two_sheets WHERE "이름" = '박지성' AND "금액" IS NULL`)).toBe(1);

    const settings = await importOptions(page, xlsx!);
    const sheet = settings.getByTestId('source-sheet');
    expect(await sheet.locator('option').allInnerTexts()).toEqual(['고객', 'Orders']);
    await sheet.selectOption('Orders');
    await settings.getByTestId('btn-apply-import').click();
    await expect.poll(() => rowsShown(page, xlsx!)).toBe('4');
    expect(await waitForCellDone(page, xlsx!)).toBe(4);
    expect(await countRows(page, 'SELECT * FROM two_sheets WHERE OrderID = 12 AND Amount = 3.5')).toBe(1);
    await screenshot(page, 'files-xlsx-second-sheet');

    // The choice is saved with the source: Re-import keeps the second sheet.
    const saved = await page.evaluate(() => window.segbook!.store.workbook.sources.map((s) => s.options));
    expect(saved).toEqual([{ format: 'xlsx', xlsx: { sheet: 'Orders', header: true } }]);
    await cell(page, xlsx!).getByTestId('source-reimport').click();
    expect(await waitForCellDone(page, xlsx!)).toBe(4);
    expect(await countRows(page, `SELECT * FROM two_sheets WHERE OrderID = 13 AND Amount = 4.5`)).toBe(1);
  });

  test('Parquet, a JSON array, NDJSON, UTF-16 CSV and TSV load with their rows and Korean text', async () => {
    const { page } = app;
    const tsv = path.join(dir, 'scores.tsv');
    const tsvRows = [['고객', '점수', '메모'], ['김민수', '90', '서울, 강남'], ['이영희', '75', '부산'], ['Lee', '60', 'a, b, c']];
    writeFileSync(tsv, tsvRows.map((r) => r.join('\t')).join('\n') + '\n');

    const names = await addFiles(page, `${FIX}/small.parquet`, `${FIX}/people.json`, `${FIX}/people.ndjson`, `${FIX}/korean-utf16le.csv`, tsv);
    expect(names).toEqual(['small', 'people', 'people_2', 'korean_utf16le', 'scores']);
    const expected = [25, 2, 2, 3, 3];
    for (const [i, name] of names.entries()) expect(await waitForCellDone(page, name), name).toBe(expected[i]);

    expect(await countRows(page, `SELECT * FROM small WHERE id = 4 AND code = 'K4' AND label = '나' AND amount = 6`)).toBe(1);
    for (const t of ['people', 'people_2']) {
      expect(await countRows(page, `SELECT * FROM ${t} WHERE id = 1 AND name = '김민수' AND score = 9.5`)).toBe(1);
    }
    expect(await countRows(page, `SELECT * FROM korean_utf16le WHERE "고객ID" = 3 AND "이름" = '박지성' AND "도시" = '대구, 수성구'`)).toBe(1);
    expect(await countRows(page, 'DESCRIBE scores')).toBe(3); // tab-separated: the commas stay inside values
    expect(await countRows(page, `SELECT * FROM scores WHERE "고객" = '김민수' AND "점수" = 90 AND "메모" = '서울, 강남'`)).toBe(1);
    await expect.poll(() => cell(page, 'korean_utf16le').getByTestId('result-grid').textContent()).toContain('대구, 수성구');
    await screenshot(page, 'files-formats');
  });

  test('changing the delimiter and header of a CSV re-imports it with the new columns', async () => {
    const { page } = app;
    const csv = path.join(dir, 'pipes.csv');
    writeFileSync(csv, 'a,b,c|d\n1,2,3|4\n5,6,7|8\n');
    const [name] = await addFiles(page, csv);
    expect(await waitForCellDone(page, name!)).toBe(2);
    expect(await countRows(page, `DESCRIBE ${name}`)).toBe(3); // a, b, "c|d"

    const settings = await importOptions(page, name!);
    const typeRows = () => settings.locator('table.types tbody th').allInnerTexts();
    expect(await typeRows()).toEqual(['a', 'b', 'c|d']);
    await settings.getByTestId('source-delimiter').selectOption('|');
    await settings.getByTestId('btn-apply-import').click();
    await expect.poll(() => countRows(page, `DESCRIBE ${name}`)).toBe(2); // "a,b,c", d
    expect(await waitForCellDone(page, name!)).toBe(2);
    expect(await countRows(page, `SELECT * FROM ${name} WHERE "a,b,c" = '5,6,7' AND d = 8`)).toBe(1);
    await expect.poll(() => cell(page, name!).locator('[data-testid="result-grid"]').textContent()).toContain('a,b,c');
    await expect.poll(typeRows).toEqual(['a,b,c', 'd']); // type overrides must name the columns that exist now

    await settings.getByTestId('source-header').uncheck();
    await settings.getByTestId('btn-apply-import').click();
    await expect.poll(() => rowsShown(page, name!)).toBe('3'); // the header line is now a row
    expect(await waitForCellDone(page, name!)).toBe(3);
    expect(await countRows(page, `SELECT * FROM ${name} WHERE column1 = 'd'`)).toBe(1);
    await expect.poll(typeRows).toEqual(['column0', 'column1']);
    await screenshot(page, 'files-csv-options');
  });

  test('CSV export equals the table; CSV for Excel has a BOM and intact Korean', async () => {
    const { page } = app;
    const [orders] = await addFiles(page, `${FIX}/orders.csv`);
    expect(await waitForCellDone(page, orders!)).toBe(120);

    const plain = await download(page, () => cell(page, orders!).getByTestId('btn-export-csv').click());
    expect(plain.name).toBe('orders.csv');
    expect([...plain.bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(plain.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['order_id', 'customer', 'amount', 'ordered_at', 'country']);
    expect(rows).toHaveLength(121);
    const seventh = rows.find((r) => r[0] === '7')!;
    expect(await countRows(page, `SELECT * FROM orders WHERE order_id = 7 AND customer = '${seventh[1]}' AND amount = ${seventh[2]} AND country = '${seventh[4]}'`)).toBe(1);
    const total = rows.slice(1).reduce((sum, r) => sum + Number(r[2]), 0);
    expect(await countRows(page, `SELECT 1 FROM orders HAVING abs(sum(amount) - ${total}) < 0.001`)).toBe(1);

    const excel = await download(page, () => cell(page, 'korean_utf16le').getByTestId('btn-export-csv-bom').click());
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const korean = parseCsv(excel.bytes.subarray(3).toString('utf8'));
    expect(korean[0]).toEqual(['고객ID', '이름', '도시']);
    expect(korean.slice(1)).toEqual([['1', '김민수', '서울'], ['2', '이영희', '부산'], ['3', '박지성', '대구, 수성구']]);
  });

  test('a Parquet export dropped back in has the same rows', async () => {
    const { page } = app;
    const parquet = await download(page, () => cell(page, 'orders').getByTestId('btn-export-parquet').click());
    expect(parquet.name).toBe('orders.parquet');
    expect(parquet.bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    const copy = path.join(dir, 'orders.parquet');
    writeFileSync(copy, parquet.bytes);
    const [name] = await addFiles(page, copy);
    expect(name).toBe('orders_2');
    expect(await waitForCellDone(page, name!)).toBe(120);
    expect(await countRows(page, `SELECT * FROM orders a JOIN orders_2 b USING (order_id)
      WHERE a.customer = b.customer AND a.amount = b.amount AND a.ordered_at = b.ordered_at AND a.country = b.country`)).toBe(120);
  });

  test('a large import shows progress; Cancel leaves the workbook unchanged with a message', async () => {
    const { page } = app;
    const big = path.join(dir, 'big_orders.csv');
    const lines = ['id,customer,amount,day,country,note'];
    for (let i = 0; i < 400_000; i++) {
      lines.push(`${i},C${i % 5000},${(i * 7) % 1000 / 10},2024-01-${String((i % 28) + 1).padStart(2, '0')},${['KR', 'JP', 'US'][i % 3]},"note ${i} 메모"`);
    }
    writeFileSync(big, lines.join('\n') + '\n');
    const before = await page.evaluate(() => JSON.stringify(window.segbook!.store.workbook));
    const namesBefore = await cellNames(page);

    await page.getByTestId('data-file-input').setInputFiles(big);
    const adding = page.getByTestId('adding-file');
    await adding.getByTestId('progress').waitFor({ state: 'visible' });
    expect(await adding.innerText()).toContain('big_orders.csv');
    // Scrolled into view: the notebook may be much longer than the window.
    await expect.poll(() => adding.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await screenshot(page, 'files-import-progress');
    await adding.getByTestId('btn-cancel').click({ force: true }); // it shifts as the progress text changes

    const message = page.locator('[data-testid="app-message"]', { hasText: 'big_orders.csv' });
    await message.waitFor({ timeout: 30_000 });
    expect(await message.getAttribute('data-level')).toBe('info');
    expect(await message.innerText()).toMatch(/Stopped|cancel/i);
    await expect.poll(() => adding.count()).toBe(0);
    expect(await cellNames(page)).toEqual(namesBefore);
    expect(await page.evaluate(() => JSON.stringify(window.segbook!.store.workbook))).toBe(before);
    const tables = await page.evaluate(async () => (await window.segbook!.engine.listTables()).map((t) => t.name));
    expect(tables).not.toContain('big_orders');
    expect(app.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
