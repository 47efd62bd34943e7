// Lifecycle and behaviour cells in real Chromium on the demo shop's orders and events: the
// counts per state the summary shows equal counts computed here in plain TypeScript from the
// CSV (DESIGN.md section 4, with the precedence written in compile-lifecycle.ts), they move
// when a threshold changes, and a behaviour rule finds exactly the customers computed here.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { cell, launchBrowser, openApp, openEmptyWorkbook, screenshot, waitForCellDone, type AppPage } from './browser';

const ORDERS_FILE = 'public/demo/shop/orders.csv.gz';
const EVENTS_FILE = 'public/demo/shop/events.csv.gz';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Rows of a gzip'd CSV without quoted fields (the demo files have none). */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i]!, value])));
}
/** '2025-12-13 23:12:09' as milliseconds, read as UTC: only differences matter. */
const instant = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);
const dayAfterLatest = (times: number[]) => (Math.floor(Math.max(...times) / DAY) + 1) * DAY;

const ORDERS = readCsv(ORDERS_FILE).map((r) => ({ id: r.order_id!, customer: r.customer_id!, at: instant(r.ordered_at!) }));
const EVENTS = readCsv(EVENTS_FILE).map((r) => ({ customer: r.customer_id!, at: instant(r.occurred_at!), type: r.event_type! }));

interface Thresholds { newWithinDays: number; atRiskAfterDays: number; churnedAfterDays: number; loyalMinOrders: number }

/** Customers per lifecycle state, as of the day after the latest order. */
function expectedStates(t: Thresholds): Record<string, number> {
  const asOf = dayAfterLatest(ORDERS.map((o) => o.at));
  const byCustomer = new Map<string, { orders: Set<string>; visits: Set<number> }>();
  for (const o of ORDERS) {
    if (o.at >= asOf) continue;
    const c = byCustomer.get(o.customer) ?? { orders: new Set(), visits: new Set() };
    c.orders.add(o.id);
    c.visits.add(o.at);
    byCustomer.set(o.customer, c);
  }
  const days = (from: number, to: number) => Math.floor((to - from) / DAY);
  const counts: Record<string, number> = { new: 0, active: 0, loyal: 0, at_risk: 0, churned: 0, reactivated: 0 };
  for (const { orders, visits } of byCustomer.values()) {
    const times = [...visits].sort((a, b) => a - b);
    const recency = days(times.at(-1)!, asOf);
    const tenure = days(times[0]!, asOf);
    const cameBack = times.some((at, i) => i > 0 && days(times[i - 1]!, at) >= t.churnedAfterDays && days(at, asOf) <= t.atRiskAfterDays);
    const state = recency > t.churnedAfterDays ? 'churned'
      : recency > t.atRiskAfterDays ? 'at_risk'
        : cameBack ? 'reactivated'
          : tenure <= t.newWithinDays ? 'new'
            : orders.size >= t.loyalMinOrders ? 'loyal'
              : 'active';
    counts[state]!++;
  }
  return counts;
}

/** Cart adds in the last 30 days, closed 24 h before D, with no purchase within 24 h after. */
function expectedCartAbandoners(): number {
  const asOf = dayAfterLatest(EVENTS.map((e) => e.at));
  const purchases = EVENTS.filter((e) => e.type === 'purchase' && e.at < asOf);
  const found = new Set<string>();
  for (const e of EVENTS) {
    if (e.type !== 'cart_add' || e.at < asOf - 30 * DAY || e.at + 24 * HOUR >= asOf) continue;
    if (!purchases.some((p) => p.customer === e.customer && p.at >= e.at && p.at <= e.at + 24 * HOUR)) found.add(e.customer);
  }
  return found.size;
}

/** At least 3 views in the last 30 days and no purchase in those days. */
function expectedBrowsers(): number {
  const asOf = dayAfterLatest(EVENTS.map((e) => e.at));
  const recent = EVENTS.filter((e) => e.at >= asOf - 30 * DAY && e.at < asOf);
  const views = new Map<string, number>();
  for (const e of recent) if (e.type === 'view') views.set(e.customer, (views.get(e.customer) ?? 0) + 1);
  const buyers = new Set(recent.filter((e) => e.type === 'purchase').map((e) => e.customer));
  return [...views].filter(([customer, n]) => n >= 3 && !buyers.has(customer)).length;
}

let browser: Browser;
let app: AppPage;
let page: Page;

async function shownStates(lifecycle: Locator): Promise<Record<string, number>> {
  const rows = lifecycle.getByTestId('lifecycle-state');
  const out: Record<string, number> = {};
  for (const row of await rows.all()) out[(await row.getAttribute('data-state'))!] = Number(await row.getAttribute('data-customers'));
  return out;
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openEmptyWorkbook(browser);
  page = app.page;
  await page.getByTestId('data-file-input').setInputFiles(ORDERS_FILE);
  expect(await waitForCellDone(page, 'orders')).toBe(ORDERS.length);
});
afterAll(async () => { await browser?.close(); });

const DEFAULTS: Thresholds = { newWithinDays: 30, atRiskAfterDays: 90, churnedAfterDays: 180, loyalMinOrders: 4 };

describe('lifecycle cell', () => {
  test('counts per state equal an independent count, and move with a threshold', async () => {
    await page.getByTestId('btn-add-lifecycle').click();
    const lifecycle = page.locator('[data-testid="cell"][data-kind="lifecycle"]').first();
    await lifecycle.waitFor();
    await lifecycle.getByTestId('cell-input').selectOption({ label: 'orders' });
    await lifecycle.getByTestId('lifecycle-suggest').click();
    expect(await lifecycle.locator('[data-testid="lifecycle-column"][data-role="customer"]').inputValue()).toBe('customer_id');
    expect(await lifecycle.locator('[data-testid="lifecycle-column"][data-role="timestamp"]').inputValue()).toBe('ordered_at');
    const name = (await lifecycle.getAttribute('data-cell-name'))!;
    const customers = new Set(ORDERS.map((o) => o.customer)).size;
    await expect.poll(() => lifecycle.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    expect(await waitForCellDone(page, name)).toBe(customers);

    const expected = expectedStates(DEFAULTS);
    await expect.poll(() => shownStates(lifecycle), { timeout: 15_000 }).toEqual(expected);
    // the chart draws one bar per state, empty ones included
    await lifecycle.locator('[data-testid="chart"][data-state="ready"]').waitFor({ timeout: 30_000 });
    const bars = lifecycle.locator('[data-testid="chart"] svg path[aria-roledescription="bar"]');
    await expect.poll(() => bars.count()).toBe(6);
    // drawn top to bottom in funnel order: the same order as the table's rows
    const labels = await lifecycle.locator('[data-testid="lifecycle-state"] td:first-child').allTextContents();
    const drawn = await Promise.all((await bars.all()).map(async (bar) => ({ y: (await bar.boundingBox())!.y, label: (await bar.getAttribute('aria-label'))! })));
    const topDown = drawn.sort((a, b) => a.y - b.y).map((bar) => labels.find((l) => bar.label.includes(`: ${l};`) || bar.label.endsWith(`: ${l}`)));
    expect(topDown).toEqual(labels);
    const biggest = Object.entries(expected).sort((a, b) => b[1] - a[1])[0]![1];
    expect(await lifecycle.getByTestId('lifecycle-sentence').textContent()).toContain(biggest.toLocaleString('en-US'));
    await lifecycle.scrollIntoViewIfNeeded();
    await screenshot(page, 'lifecycle-cell');

    // at risk from 60 days: some active customers become at risk
    const atRisk = lifecycle.locator('[data-testid="lifecycle-threshold"][data-key="atRiskAfterDays"]');
    await atRisk.fill('60');
    const moved = expectedStates({ ...DEFAULTS, atRiskAfterDays: 60 });
    expect(moved).not.toEqual(expected);
    await expect.poll(() => shownStates(lifecycle), { timeout: 20_000 }).toEqual(moved);
    expect(await lifecycle.locator('[data-testid="lifecycle-explain"][data-key="atRiskAfterDays"]').textContent()).toContain('60 days');

    // at risk after churn is a mistake the cell names
    await atRisk.fill('400');
    await expect.poll(() => lifecycle.getAttribute('data-status'), { timeout: 15_000 }).toBe('error');
    expect(await lifecycle.getByTestId('cell-error').textContent()).toContain('must be shorter');
    await atRisk.fill('90');
    await expect.poll(() => shownStates(lifecycle), { timeout: 20_000 }).toEqual(expected);
  });
});

describe('behaviour cell', () => {
  test('cart abandoners on the events match an independent count; switching rule keeps columns', async () => {
    await page.getByTestId('data-file-input').setInputFiles(EVENTS_FILE);
    expect(await waitForCellDone(page, 'events')).toBe(EVENTS.length);
    await page.getByTestId('btn-add-behaviour').click();
    const behaviour = page.locator('[data-testid="cell"][data-kind="behaviour"]').first();
    await behaviour.waitFor();
    await behaviour.getByTestId('cell-input').selectOption({ label: 'events' });
    await behaviour.getByTestId('behaviour-suggest').click();
    expect(await behaviour.locator('[data-testid="behaviour-column"][data-role="eventType"]').inputValue()).toBe('event_type');
    const name = (await behaviour.getAttribute('data-cell-name'))!;
    await expect.poll(() => behaviour.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    expect(await waitForCellDone(page, name)).toBe(expectedCartAbandoners());
    expect(await behaviour.getByTestId('behaviour-sentence').textContent()).toContain('within 24 hours');
    // its chart: one bar (and one count label) per number of abandoned carts, 10+ together
    const buckets = await page.evaluate(async (table) => {
      const engine = (window as unknown as { segbook: { engine: { query(s: string): Promise<{ rowCount: number }> } } }).segbook.engine;
      return (await engine.query(`SELECT DISTINCT CASE WHEN abandoned_carts >= 10 THEN 10 ELSE abandoned_carts END FROM "${table}"`)).rowCount;
    }, name);
    expect(buckets).toBeGreaterThan(0);
    const chart = behaviour.locator('[data-testid="behaviour-summary"] [data-testid="chart"][data-state="ready"]');
    await chart.waitFor({ timeout: 30_000 });
    expect(Number(await chart.getAttribute('data-marks'))).toBe(2 * buckets);
    // the column's other values are offered for each meaning
    await expect.poll(() => behaviour.locator('[data-testid="behaviour-add-value"][data-meaning="view"] option').allTextContents()).toContain('session_start');
    await behaviour.scrollIntoViewIfNeeded();
    await screenshot(page, 'behaviour-cell');

    await behaviour.getByTestId('behaviour-rule').selectOption('browsers_without_purchase');
    expect(await behaviour.locator('[data-testid="behaviour-column"][data-role="eventType"]').inputValue()).toBe('event_type');
    expect(await behaviour.locator('[data-testid="behaviour-param"][data-key="minViews"]').inputValue()).toBe('3');
    await expect.poll(async () => Number(await behaviour.getByTestId('cell-rowcount').getAttribute('data-rows').catch(() => '-1')), { timeout: 20_000 }).toBe(expectedBrowsers());
    expect(app.errors).toEqual([]);
  });
});

describe('Korean UI', () => {
  test('the editors and the summary read in Korean', async () => {
    const ko = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'ko-KR' });
    const korean = await openApp(browser, '/', ko);
    korean.page.on('dialog', (d) => void d.accept());
    await korean.page.getByTestId('btn-new').click();
    await korean.page.getByTestId('data-file-input').setInputFiles(ORDERS_FILE);
    await waitForCellDone(korean.page, 'orders');
    await korean.page.getByTestId('btn-add-lifecycle').click();
    const lifecycle = korean.page.locator('[data-testid="cell"][data-kind="lifecycle"]').first();
    await lifecycle.getByTestId('lifecycle-suggest').click();
    await expect.poll(() => lifecycle.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    await lifecycle.locator('[data-testid="chart"][data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await lifecycle.getByTestId('lifecycle-sentence').textContent()).toContain('가장 큰 상태');
    expect(await lifecycle.locator('[data-testid="lifecycle-state"][data-state="at_risk"] td').first().textContent()).toBe('이탈 위험');
    await lifecycle.scrollIntoViewIfNeeded();
    await screenshot(korean.page, 'lifecycle-cell-ko');
    // a label edited in Korean is written into the table and the summary
    await lifecycle.locator('details.labels summary').click();
    await lifecycle.locator('[data-testid="lifecycle-label"][data-state="loyal"]').fill('VIP 고객');
    await expect.poll(() => lifecycle.locator('[data-testid="lifecycle-state"][data-state="loyal"] td').first().textContent(), { timeout: 15_000 }).toBe('VIP 고객');
    await lifecycle.locator('details.labels').scrollIntoViewIfNeeded();
    await screenshot(korean.page, 'lifecycle-labels-ko');
    await korean.page.getByTestId('btn-add-behaviour').click();
    const behaviour = korean.page.locator('[data-testid="cell"][data-kind="behaviour"]').first();
    await behaviour.getByTestId('cell-input').selectOption({ label: 'orders' });
    await behaviour.getByTestId('behaviour-rule').selectOption('discount_only_buyers');
    await behaviour.getByTestId('behaviour-suggest').click();
    await expect.poll(() => behaviour.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    expect(await behaviour.getByTestId('behaviour-sentence').textContent()).toContain('할인');
    await behaviour.scrollIntoViewIfNeeded();
    await screenshot(korean.page, 'behaviour-cell-ko');
    expect(korean.errors).toEqual([]);
    await ko.close();
  });
});
