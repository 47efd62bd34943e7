// The notebook itself in real Chromium: cells reading cells, renames, staleness, errors,
// undo/redo, keyboard, markdown sanitising, language switch and SQL completion.
// One page for the whole file (engine start-up is the slow part); tests build on each other.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cell, launchBrowser, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const ORDERS = 'test/fixtures/engine/orders.csv'; // 120 rows: order_id, customer, amount, ordered_at, country
const SOURCE = 'online_orders'; // the source cell is renamed to this in the first test

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  await watchStatuses(app.page);
});
afterAll(async () => { await browser?.close(); });

type Sb = { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } };

/** Rows a query returns, straight from the engine (WHERE clauses make this an exact check). */
const countRows = (page: Page, sql: string) =>
  page.evaluate(async (q) => (await (window as unknown as Sb).segbook.engine.query(q)).rowCount, sql);

const cellNames = (page: Page) =>
  page.locator('[data-testid="cell"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-name')));

const statusOf = (page: Page, name: string) => cell(page, name).getAttribute('data-status');

/** Record every data-status change of every cell, so a test can ask which cells actually ran. */
async function watchStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { statusLog: [string, string][] };
    w.statusLog = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (el.dataset.testid === 'cell') w.statusLog.push([el.dataset.cellName ?? '', el.dataset.status ?? '']);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
  });
}
const statusLogLength = (page: Page) => page.evaluate(() => (window as unknown as { statusLog: unknown[] }).statusLog.length);
/** Names of cells that went to "running" since log position `from`. */
const ranSince = (page: Page, from: number) =>
  page.evaluate((i) => {
    const log = (window as unknown as { statusLog: [string, string][] }).statusLog.slice(i);
    return [...new Set(log.filter(([, s]) => s === 'running').map(([n]) => n))].sort();
  }, from);

/** Add a SQL cell at the end, type its query, give it a name; returns its locator. */
async function addSql(page: Page, sql: string, name: string) {
  const before = await page.locator('[data-testid="cell"]').count();
  await page.getByTestId('btn-add-sql').click();
  await expect.poll(() => page.locator('[data-testid="cell"]').count()).toBe(before + 1);
  const added = page.locator('[data-testid="cell"]').last();
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
  await page.keyboard.insertText(sql);
  await rename(page, (await added.getAttribute('data-cell-name'))!, name);
  return cell(page, name);
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  const input = cell(page, from).getByTestId('cell-name');
  await input.fill(to);
  await input.press('Enter');
  await cell(page, to).waitFor();
}

/** Replace a SQL cell's text through its CodeMirror editor. */
async function setSql(page: Page, name: string, sql: string): Promise<void> {
  await cell(page, name).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(sql);
}

const editorText = (page: Page, name: string) => cell(page, name).locator('.cm-content').innerText();

/** Click the cell's run button and wait for a fresh result (not the one it already had). */
async function run(page: Page, name: string): Promise<number> {
  const mark = await statusLogLength(page);
  await cell(page, name).getByTestId('cell-run').click();
  await expect.poll(() => ranSince(page, mark)).toContain(name);
  return waitForCellDone(page, name);
}

async function dismissMessages(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('[data-testid="app-message-dismiss"]').forEach((b) => b.click()));
}

describe('notebook', () => {
  test('a SQL cell reads the source; renaming the source rewrites the SQL, which still runs', async () => {
    const { page } = app;
    await page.getByTestId('data-file-input').setInputFiles(ORDERS);
    expect(await waitForCellDone(page, 'orders')).toBe(120);

    await addSql(page, 'SELECT customer, sum(amount) AS total FROM orders GROUP BY customer', 'per_customer');
    const rows = await run(page, 'per_customer');
    expect(rows).toBe(await countRows(page, 'SELECT DISTINCT customer FROM orders'));
    expect(rows).toBeGreaterThan(1);

    await rename(page, 'orders', SOURCE);
    expect(await cell(page, 'orders').count()).toBe(0);
    await expect.poll(() => editorText(page, 'per_customer')).toBe(`SELECT customer, sum(amount) AS total FROM ${SOURCE} GROUP BY customer`);
    const saved = await page.evaluate(() => window.segbook!.store.workbook.cells.find((c) => c.name === 'per_customer'));
    expect(saved?.kind === 'sql' && saved.settings.sql).toContain(`FROM ${SOURCE} `);
    // The table was renamed in place: the engine knows the new name, not the old one.
    expect(await countRows(page, `SELECT * FROM ${SOURCE}`)).toBe(120);
    expect(await run(page, 'per_customer')).toBe(rows);
    expect(await statusOf(page, SOURCE)).toBe('done');
  });

  test('an edit makes the cell and its descendants stale; Run stale re-runs exactly those', async () => {
    const { page } = app;
    await addSql(page, `SELECT * FROM ${SOURCE} WHERE amount > 100`, 'big');
    await addSql(page, 'SELECT count(*)::INTEGER AS n FROM big', 'big_count');
    await addSql(page, `SELECT DISTINCT country FROM ${SOURCE}`, 'countries');
    await page.getByTestId('btn-run-all').click();
    for (const name of ['big', 'big_count', 'countries', 'per_customer']) await waitForCellDone(page, name);
    expect(await countRows(page, `SELECT * FROM big_count WHERE n = (SELECT count(*) FROM ${SOURCE} WHERE amount > 100)`)).toBe(1);

    await setSql(page, 'big', `SELECT * FROM ${SOURCE} WHERE amount > 500`);
    await expect.poll(() => statusOf(page, 'big')).toBe('stale');
    expect(await statusOf(page, 'big_count')).toBe('stale');
    for (const name of [SOURCE, 'per_customer', 'countries']) expect(await statusOf(page, name)).toBe('done');
    await screenshot(page, 'notebook-stale');

    const mark = await statusLogLength(page);
    await page.getByTestId('btn-run-stale').click();
    await waitForCellDone(page, 'big');
    await waitForCellDone(page, 'big_count');
    expect(await ranSince(page, mark)).toEqual(['big', 'big_count']);
    for (const name of [SOURCE, 'big', 'big_count', 'per_customer', 'countries']) expect(await statusOf(page, name)).toBe('done');
    // The descendant really read the new rows.
    expect(await countRows(page, `SELECT * FROM big_count WHERE n = (SELECT count(*) FROM ${SOURCE} WHERE amount > 500)`)).toBe(1);
  });

  test('a SQL error shows DuckDB\'s message in details and blocks the cell that reads it', async () => {
    const { page } = app;
    await setSql(page, 'big', `SELECT no_such_column FROM ${SOURCE}`);
    await cell(page, 'big').getByTestId('cell-run').click();
    await expect.poll(() => statusOf(page, 'big')).toBe('error');
    const error = cell(page, 'big').locator('.cell-error');
    expect(await error.getByTestId('cell-error').textContent()).toMatch(/SQL failed/);
    await error.locator('summary').click();
    const details = await error.locator('details pre').first().innerText();
    expect(details).toMatch(/no_such_column/);
    expect(details).toMatch(/Binder Error|not found/i);

    await expect.poll(() => statusOf(page, 'big_count')).toBe('blocked');
    expect(await cell(page, 'big_count').getByTestId('cell-error').textContent()).toContain('big');
    expect(await statusOf(page, 'countries')).toBe('done');
    await screenshot(page, 'notebook-sql-error');

    await setSql(page, 'big', `SELECT * FROM ${SOURCE} WHERE amount > 500`);
    await page.getByTestId('btn-run-stale').click();
    expect(await waitForCellDone(page, 'big_count')).toBe(1);
    expect(await cell(page, 'big').getByTestId('cell-error').count()).toBe(0);
  });

  test('cells that read each other show a cycle error on both; an unknown table is named', async () => {
    const { page } = app;
    await addSql(page, 'SELECT * FROM loop_b', 'loop_a');
    await addSql(page, 'SELECT * FROM loop_a', 'loop_b');
    await page.getByTestId('btn-run-all').click();
    for (const name of ['loop_a', 'loop_b']) {
      await expect.poll(() => statusOf(page, name)).toBe('error');
      const text = await cell(page, name).getByTestId('cell-error').textContent();
      expect(text).toMatch(/circle/);
      expect(text).toContain('loop_a');
      expect(text).toContain('loop_b');
    }
    expect(await waitForCellDone(page, 'big_count')).toBe(1); // the rest of the notebook still ran

    await setSql(page, 'loop_b', 'SELECT * FROM nowhere_table');
    await cell(page, 'loop_b').getByTestId('cell-run').click();
    await expect.poll(() => statusOf(page, 'loop_b')).toBe('error');
    expect(await cell(page, 'loop_b').getByTestId('cell-error').textContent()).toContain('nowhere_table');
    await screenshot(page, 'notebook-unknown-table');
    for (const name of ['loop_a', 'loop_b']) await cell(page, name).getByTestId('cell-delete').click();
    await expect.poll(() => cellNames(page)).toEqual([SOURCE, 'per_customer', 'big', 'big_count', 'countries']);
  });

  test('undo and redo of add, delete and move restore order and names', async () => {
    const { page } = app;
    const start = await cellNames(page);
    const undo = () => page.getByTestId('btn-undo').click();
    const redo = () => page.getByTestId('btn-redo').click();

    await page.getByTestId('btn-add-markdown').click();
    await expect.poll(() => cellNames(page)).toHaveLength(start.length + 1);
    const added = await cellNames(page);
    expect(added.slice(0, -1)).toEqual(start);
    await undo();
    await expect.poll(() => cellNames(page)).toEqual(start);
    await redo();
    await expect.poll(() => cellNames(page)).toEqual(added);
    await undo();
    await expect.poll(() => cellNames(page)).toEqual(start);

    await cell(page, 'big').getByTestId('cell-delete').click();
    await expect.poll(() => cellNames(page)).toEqual(start.filter((n) => n !== 'big'));
    await undo();
    await expect.poll(() => cellNames(page)).toEqual(start);
    expect(await editorText(page, 'big')).toBe(`SELECT * FROM ${SOURCE} WHERE amount > 500`);
    await redo();
    await expect.poll(() => cellNames(page)).toEqual(start.filter((n) => n !== 'big'));
    await undo();
    await expect.poll(() => cellNames(page)).toEqual(start);

    await cell(page, 'per_customer').getByTestId('cell-move-down').click();
    const moved = [SOURCE, 'big', 'per_customer', 'big_count', 'countries'];
    await expect.poll(() => cellNames(page)).toEqual(moved);
    await undo();
    await expect.poll(() => cellNames(page)).toEqual(start);
    await redo();
    await expect.poll(() => cellNames(page)).toEqual(moved);
    await undo();
    await expect.poll(() => cellNames(page)).toEqual(start);
  });

  test('keyboard: Shift+Enter runs and moves on, Esc B inserts below, D D deletes, ? shows help', async () => {
    const { page } = app;
    await page.getByTestId('btn-run-all').click(); // the undone delete brought back a cell without its table
    await waitForCellDone(page, 'big_count');
    const start = await cellNames(page);
    const activeCell = () => page.evaluate(() => document.activeElement?.closest('[data-testid="cell"]')?.getAttribute('data-cell-name') ?? null);

    await setSql(page, 'big', `SELECT * FROM ${SOURCE} WHERE amount > 300`);
    const mark = await statusLogLength(page);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => ranSince(page, mark)).toContain('big');
    await waitForCellDone(page, 'big');
    expect(await countRows(page, `SELECT * FROM big WHERE amount <= 300`)).toBe(0);
    expect(await countRows(page, 'SELECT * FROM big')).toBe(await countRows(page, `SELECT * FROM ${SOURCE} WHERE amount > 300`));
    await expect.poll(activeCell).toBe('big_count'); // the next cell
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('section[data-testid="cell"]'))).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(() => cellNames(page)).toHaveLength(start.length + 1);
    const withNew = await cellNames(page);
    const inserted = withNew[start.indexOf('big_count') + 1]!;
    expect(withNew.filter((n) => n !== inserted)).toEqual(start);
    expect(await cell(page, inserted).getAttribute('data-kind')).toBe('sql');
    await expect.poll(activeCell).toBe(inserted);

    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    await page.keyboard.press('d');
    await expect.poll(() => cellNames(page)).toEqual(start);

    await page.keyboard.press('?');
    const help = page.getByTestId('help-panel');
    await help.waitFor();
    const text = await help.innerText();
    for (const keys of ['Shift+Enter', 'Esc', 'D D', 'A', 'B', '?']) expect(text).toContain(keys);
    expect(text).toMatch(/Delete the cell/);
    await screenshot(page, 'notebook-help');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  test('duplicate gets a unique name and the same SQL', async () => {
    const { page } = app;
    await cell(page, 'big').getByTestId('cell-duplicate').click();
    const names = await cellNames(page);
    expect(names).toHaveLength(6);
    const copy = names[names.indexOf('big') + 1]!;
    expect(copy).not.toBe('big');
    expect(new Set(names.map((n) => n!.toLowerCase())).size).toBe(names.length);
    expect(await editorText(page, copy)).toBe(await editorText(page, 'big'));
    expect(await run(page, copy)).toBe(await countRows(page, 'SELECT * FROM big'));
    await cell(page, copy).getByTestId('cell-delete').click();
    await expect.poll(() => cellNames(page)).toHaveLength(5);
  });

  test('markdown renders headings and drops scripts and event handlers', async () => {
    const { page } = app;
    await page.getByTestId('btn-add-markdown').click();
    const md = page.locator('[data-testid="cell"][data-kind="markdown"]').last();
    const input = md.locator('textarea');
    await input.waitFor();
    await input.fill([
      '# Segments overview', '', '## Notes', '', 'Some *text*.', '',
      '<script>window.__pwned = 1</script>',
      '<img src="data:x" onerror="window.__pwned2 = 1">',
      '<a href="javascript:window.__pwned3=1">click</a>',
    ].join('\n'));
    await page.keyboard.press('Escape'); // leave the editor: the text renders
    const body = md.locator('.markdown-body');
    await body.waitFor();
    expect(await body.locator('h1').innerText()).toBe('Segments overview');
    expect(await body.locator('h2').innerText()).toBe('Notes');
    expect(await body.locator('em').innerText()).toBe('text');
    expect(await body.locator('script').count()).toBe(0);
    expect(await body.locator('[onerror]').count()).toBe(0);
    expect(await body.locator('a[href^="javascript"]').count()).toBe(0);
    await body.locator('a').click().catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.__pwned, w.__pwned2, w.__pwned3];
    })).toEqual([undefined, undefined, undefined]);
    await screenshot(page, 'notebook-markdown');
    await md.getByTestId('cell-delete').click();
  });

  test('switching to Korean translates the toolbar and sets <html lang="ko">', async () => {
    const { page } = app;
    await page.getByTestId('lang-select').selectOption('ko');
    await expect.poll(() => page.getByTestId('btn-run-all').innerText()).toContain('모두 실행');
    expect(await page.getByTestId('btn-new').innerText()).toBe('새 워크북');
    expect(await page.getByTestId('btn-run-stale').innerText()).toBe('변경된 셀 실행');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await cell(page, SOURCE).locator('.kind-badge').innerText()).toBe('데이터');
    await screenshot(page, 'notebook-korean');
    await page.getByTestId('lang-select').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('btn-new').innerText()).toBe('New');
  });

  test('SQL completion offers the workbook\'s table names', async () => {
    const { page } = app;
    await page.getByTestId('btn-add-sql').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.type('SELECT * FROM onl', { delay: 40 });
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allInnerTexts(), { timeout: 10_000 }).toContain(SOURCE);
    await screenshot(page, 'notebook-completion');
    await page.keyboard.press('Enter'); // accept
    const added = await cellNames(page).then((n) => n.at(-1)!);
    await expect.poll(() => editorText(page, added)).toBe(`SELECT * FROM ${SOURCE}`);
    await dismissMessages(page);
    // Chromium reports the markdown test's onerror attribute as a CSP violation while DOMPurify
    // parses it in an inert document: that is the CSP refusing, not the handler running.
    const unexpected = app.errors.filter((e) => !/Failed to load resource|Executing inline event handler violates/.test(e));
    expect(unexpected).toEqual([]);
  });
});
