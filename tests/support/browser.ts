/**
 * A real Chromium for end-to-end tests: `CHROME_PATH` if set, else Debian's `/usr/bin/chromium`,
 * else the browser shipped inside the `@sparticuz/chromium` package (works with nothing but Node).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { TIMEOUTS } from './timeouts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function executablePath(): Promise<string> {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/**
 * Chromium, whose pages wait for navigation and elements as long as a test may last on a busy
 * machine (tests/support/timeouts.ts), not Playwright's 30 s default.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: await executablePath(),
    args: CHROMIUM_FLAGS,
    headless: true,
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(TIMEOUTS.browser);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(TIMEOUTS.browser);
    return page;
  };
  return browser;
}

/** Collects what the page reports as going wrong: console errors and warnings, uncaught errors. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/**
 * Waits until the 404 page's first link leads to `home`: the page's script sets it once it has
 * found the site's root, after the page has loaded.
 */
export async function expectLeadsHome(page: Page, home: string): Promise<void> {
  const first = page.locator('main a').first();
  await expect.poll(async () => first.evaluate((link: HTMLAnchorElement) => link.href)).toBe(home);
}
