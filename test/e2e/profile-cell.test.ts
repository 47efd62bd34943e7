// The profile cell in real Chromium on the demo shop's orders: an RFM cell, then a profile of its
// segments whose customer counts match the RFM table's counted independently, a persona card
// for every segment with customers (in priority order), an action rewritten in the playbook,
// and the same page in Korean for a Korean browser.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { decodeRows } from '../../src/engine/arrow';
import { launchBrowser, openApp, openEmptyWorkbook, screenshot, waitForCellDone } from './browser';

const ORDERS = 'public/demo/shop/orders.csv.gz';

let browser: Browser;

type Sb = { segbook: { engine: { query(s: string): Promise<{ ipc: Uint8Array }> }; store: { workbook: { cells: { kind: string; settings: unknown }[] } } } };

/** A query's rows through the page's own engine, decoded here. */
async function rowsOf(page: Page, sql: string): Promise<Record<string, unknown>[]> {
  const bytes = await page.evaluate(async (q) => Array.from((await (window as unknown as Sb).segbook.engine.query(q)).ipc), sql);
  const { columns, rows } = decodeRows(Uint8Array.from(bytes));
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
}

async function done(c: Locator): Promise<void> {
  // a new profile cell runs once before its columns are suggested (an error), then again
  await expect.poll(() => c.getAttribute('data-status'), { timeout: 90_000 }).toMatch(/^(done|error|blocked)$/);
  // an error here may still be the first run: give the second one its time, then say what failed
  await expect.poll(() => c.getAttribute('data-status'), { timeout: 30_000 }).toBe('done').catch(async (e: unknown) => {
    throw new Error(`${String(e)}: ${await c.getByTestId('cell-error').textContent().catch(() => '')}`);
  });
}

/** Orders, an RFM cell on them, a profile cell on that; returns the two cells. */
async function build(page: Page): Promise<{ rfm: Locator; profile: Locator }> {
  await page.getByTestId('data-file-input').setInputFiles(ORDERS);
  await waitForCellDone(page, 'orders');
  await page.getByTestId('btn-add-rfm').click();
  const rfm = page.locator('[data-testid="cell"][data-kind="rfm"]').first();
  await done(rfm);
  await page.getByTestId('btn-add-profile').click();
  const profile = page.locator('[data-testid="cell"][data-kind="profile"]').first();
  await done(profile);
  await profile.locator('[data-testid="persona-card"]').first().waitFor();
  return { rfm, profile };
}

/** Customers per segment label, counted on the RFM table directly. */
async function rfmCounts(page: Page, table: string): Promise<Map<string, number>> {
  const rows = await rowsOf(page, `SELECT segment, count(*)::INTEGER AS n FROM "${table}" GROUP BY 1`);
  return new Map(rows.map((r) => [String(r.segment), Number(r.n)]));
}

async function cardCounts(profile: Locator): Promise<Map<string, number>> {
  const cards = await profile.locator('[data-testid="persona-card"]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-segment')!, Number(e.getAttribute('data-customers'))] as const));
  return new Map(cards);
}

/** Scroll an element to the top of the window, below the sticky toolbar. */
async function toTop(target: Locator): Promise<void> {
  await target.evaluate((e) => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -64); });
}

beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('profile cell', () => {
  let page: Page;

  test('profiles the RFM segments with their exact sizes and a persona card each', async () => {
    page = (await openEmptyWorkbook(browser)).page;
    await page.setViewportSize({ width: 1280, height: 900 });
    const { rfm, profile } = await build(page);
    const rfmName = (await rfm.getAttribute('data-cell-name'))!;
    const profileName = (await profile.getAttribute('data-cell-name'))!;
    const bound = await profile.getByTestId('profile-column').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-role'), (e as HTMLSelectElement).value])));
    expect(bound).toEqual({ customer: 'customer', segment: 'segment', segmentId: 'segment_id', revenue: 'monetary', orders: '', frequency: 'frequency', recency: 'recency' });
    // the RFM amount column is amount_krw: money in won
    expect(await profile.getByTestId('profile-currency').inputValue()).toBe('KRW');

    const expected = await rfmCounts(page, rfmName);
    const profiled = await rowsOf(page, `SELECT segment, customers::INTEGER AS n, is_all FROM "${profileName}"`);
    const all = profiled.find((r) => r.is_all === true)!;
    expect(Number(all.n)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    const segments = new Map(profiled.filter((r) => r.is_all !== true).map((r) => [String(r.segment), Number(r.n)]));
    expect(segments).toEqual(expected);
    // one card per segment with customers, showing that segment's size, best priority first
    expect(await cardCounts(profile)).toEqual(new Map([...expected].filter(([, n]) => n > 0)));
    const ranks = await profile.locator('[data-testid="persona-card"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank'))));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    const description = (await profile.getByTestId('persona-description').first().textContent())!;
    expect(description).toMatch(/^[A-Z].*\.$/);
    // the Pareto sentence states the share the top 20% bring, as the table says
    const [share] = await rowsOf(page, `WITH c AS (SELECT monetary, row_number() OVER (ORDER BY monetary DESC, customer) AS k, count(*) OVER () AS n FROM "${rfmName}")
      SELECT sum(monetary) FILTER (WHERE k <= ceil(n * 0.2)) / sum(monetary) AS s FROM c`);
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(Number(share!.s));
    expect(await profile.getByTestId('profile-pareto-sentence').textContent()).toContain(`bring ${percent} of the revenue`);
    await profile.locator('[data-testid="profile-index-chart"] [data-testid="chart"][data-state="ready"]').waitFor();
    await profile.locator('[data-testid="profile-pareto"] [data-testid="chart"][data-state="ready"]').waitFor();
    await toTop(profile.getByTestId('profile-summary'));
    await screenshot(page, 'profile-cell-1280');
    await toTop(profile.getByTestId('persona-cards'));
    await screenshot(page, 'profile-cards-1280');
  });

  test('compares a categorical column and rewrites an action in the playbook', async () => {
    const profile = page.locator('[data-testid="cell"][data-kind="profile"]').first();
    await profile.locator('details.section summary').first().click();
    await profile.locator('[data-testid="profile-list"][data-list="categorical"] input[data-column="rfm_code"]').check();
    await expect.poll(() => profile.getByTestId('profile-top-values').count(), { timeout: 30_000 }).toBe(1);
    await done(profile);
    const card = profile.locator('[data-testid="persona-card"]').first();
    await card.getByTestId('persona-action-edit').first().click();
    await card.getByTestId('persona-action-input').fill('Call them this week.');
    await card.getByTestId('persona-action-save').click();
    await expect.poll(() => card.getByTestId('persona-action').first().textContent()).toContain('Call them this week.');
    const playbook = await page.evaluate(() => ((window as unknown as Sb).segbook.store.workbook.cells.find((c) => c.kind === 'profile')!.settings as { persona: { playbook: { actions: { text: { en: string; ko: string } }[] }[] } }).persona.playbook);
    const edited = playbook.flatMap((e) => e.actions).filter((a) => a.text.en === 'Call them this week.');
    expect(edited).toHaveLength(1);
    expect(edited[0]!.text.ko).toMatch(/[가-힣]/); // the other language is left as it was
    // the guard: segments under 100 customers are small now, each with a merge suggestion
    const counts = await rfmCounts(page, (await page.locator('[data-testid="cell"][data-kind="rfm"]').first().getAttribute('data-cell-name'))!);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const small = [...counts].filter(([, n]) => n > 0 && (n < 100 || n / total < 0.01)).map(([segment]) => segment);
    expect(small.length).toBeGreaterThan(0);
    await profile.locator('details.section summary').nth(1).click();
    await profile.getByTestId('profile-guard-customers').fill('100');
    await profile.getByTestId('profile-guard-customers').press('Tab');
    const warnings = profile.locator('[data-testid="profile-warning"][data-code="profile.smallSegment"]');
    await expect.poll(() => warnings.count(), { timeout: 15_000 }).toBe(small.length);
    for (const text of await warnings.allTextContents()) {
      expect(small.some((segment) => text.startsWith(`“${segment}” has only`))).toBe(true);
      expect(text).toMatch(/Merge “.+” into “.+”, the most similar large segment\.$/);
    }
    await page.setViewportSize({ width: 1024, height: 800 });
    await toTop(profile.getByTestId('profile-summary'));
    await screenshot(page, 'profile-warnings-1024');
    await profile.getByTestId('profile-top-values').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'profile-top-values-1024');
    await toTop(profile.getByTestId('profile-editor'));
    await screenshot(page, 'profile-editor-1024');
  });

  test('speaks Korean in a Korean browser', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    const ko = (await openApp(browser, '/', context)).page;
    ko.on('dialog', (d) => void d.accept());
    await ko.getByTestId('btn-new').click();
    await ko.waitForFunction(() => document.querySelectorAll('[data-testid="cell"]').length === 0);
    const { rfm, profile } = await build(ko);
    const expected = await rfmCounts(ko, (await rfm.getAttribute('data-cell-name'))!);
    expect(await cardCounts(profile)).toEqual(new Map([...expected].filter(([, n]) => n > 0)));
    const descriptions = await profile.getByTestId('persona-description').allTextContents();
    expect(descriptions.length).toBe(expected.size - [...expected.values()].filter((n) => n === 0).length);
    for (const d of descriptions) expect(d).toMatch(/[가-힣].*[.다]$/);
    expect(await profile.getByTestId('profile-pareto-sentence').textContent()).toMatch(/^상위 20% 고객\([\d,]+명\)이 매출의 [\d.]+%를 차지합니다\./);
    expect(await profile.locator('[data-testid="persona-card"] .rank').first().textContent()).toBe('우선순위 1위');
    await toTop(profile.getByTestId('persona-cards'));
    await screenshot(ko, 'profile-cards-ko');
    await toTop(profile.getByTestId('profile-summary'));
    await screenshot(ko, 'profile-cell-ko');
    await ko.emulateMedia({ colorScheme: 'dark' });
    await profile.locator('[data-testid="profile-index-chart"] [data-testid="chart"][data-state="ready"]').waitFor();
    await screenshot(ko, 'profile-cell-ko-dark');
    await context.close();
  });
});
