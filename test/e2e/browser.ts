// Debian's Chromium driven by playwright-core. Never `npx playwright install`: downloads are blocked.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { mkdirSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const SCREENSHOT_DIR = 'test-results/screenshots';

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far (a test may assert there are none). */
  errors: string[];
}

export async function openApp(browser: Browser, path = '/', context?: BrowserContext): Promise<AppPage> {
  const ctx = context ?? (await browser.newContext({ acceptDownloads: true, viewport: { width: 1360, height: 900 }, locale: 'en-US' }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(baseUrl() + path);
  await page.waitForFunction(() => (window as unknown as { segbook?: { engine?: unknown } }).segbook?.engine !== undefined, null, { timeout: 60_000 });
  return { context: ctx, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: false });
}

/** The cell section for a cell name. */
export function cell(page: Page, name: string) {
  return page.locator(`[data-testid="cell"][data-cell-name="${name}"]`);
}

/** Wait until a cell has finished (done) and return its row count; fails fast on error. */
export async function waitForCellDone(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  const c = cell(page, name);
  await c.waitFor({ timeout: timeoutMs });
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector(`[data-testid="cell"][data-cell-name="${n}"]`);
      const s = el?.getAttribute('data-status');
      return s === 'done' || s === 'error' || s === 'blocked';
    },
    name,
    { timeout: timeoutMs },
  );
  const status = await c.getAttribute('data-status');
  if (status !== 'done') {
    const msg = await c.locator('[data-testid="cell-error"]').textContent().catch(() => '');
    throw new Error(`cell ${name} ended ${status}: ${msg}`);
  }
  const rows = await c.locator('[data-testid="cell-rowcount"]').getAttribute('data-rows');
  return Number(rows);
}

/** The app on a new, empty workbook, with confirmation dialogs accepted. */
export async function openEmptyWorkbook(browser: Browser, path = '/'): Promise<AppPage> {
  const app = await openApp(browser, path);
  app.page.on('dialog', (d) => void d.accept());
  await app.page.getByTestId('btn-new').click();
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="cell"]').length === 0);
  return app;
}
