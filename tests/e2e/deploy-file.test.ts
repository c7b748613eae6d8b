/**
 * The built site opened straight from disk (`file://`) in Chromium: the home page, the first
 * article, its tag (when tag pages exist), and back, with every stylesheet and image loading and
 * no request failing or refused by the page's Content-Security-Policy.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { siteDir } from '../support/sites';

let browser: Browser;
let page: Page;
const problems: string[] = [];
const home = pathToFileURL(join(siteDir('main'), 'index.html')).href;
const distUrl = pathToFileURL(siteDir('main')).href;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // Leaving a page cancels its pending requests (ERR_ABORTED); a missing file fails otherwise.
    if (error !== 'net::ERR_ABORTED') problems.push(`${error}: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Every stylesheet of the page loaded; every image decoded, lazy ones included. */
async function expectStylesAndImages() {
  const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) =>
    links.map((link) => ({
      href: (link as HTMLLinkElement).href,
      loaded: (link as HTMLLinkElement).sheet !== null,
    })),
  );
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) expect(sheet).toEqual({ href: expect.stringMatching(/^file:/), loaded: true });
  const images = await page.locator('img').evaluateAll((elements) =>
    Promise.all(
      elements.map(async (element) => {
        const image = element as HTMLImageElement;
        image.loading = 'eager';
        const ok = await image.decode().then(
          () => true,
          () => false,
        );
        return { src: image.currentSrc, ok: ok && image.naturalWidth > 0 };
      }),
    ),
  );
  for (const image of images) expect(image).toEqual({ src: expect.stringMatching(/^file:/), ok: true });
  return images.length;
}

describe('the site opened from disk', () => {
  test('should show the home page, styled, with the list of articles', async () => {
    await page.goto(home);
    // The front page's heading is the masthead.
    await expect(page.locator('h1').textContent()).resolves.toBe('Broadsheet');
    await expectStylesAndImages();
    expect(problems).toEqual([]);
  });

  test('should follow the first article to its page, with its pictures', async () => {
    const link = page.locator('main a[href*="articles/"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^articles\/[a-z\d-]+\/index\.html$/);
    await link.click();
    await page.waitForURL(`${distUrl}/${href}`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const images = await expectStylesAndImages();
    console.info(`file:// article ${href}: ${images} images loaded`);
    expect(problems).toEqual([]);
  });

  test('should follow the article’s first tag when tag pages exist, and come back', async () => {
    const article = page.url();
    const tag = page.locator('main a[href*="tags/"]').first();
    if ((await tag.count()) > 0) {
      await tag.click();
      await page.waitForURL(/\/tags\/.+\/index\.html$/);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expectStylesAndImages();
      await page.goBack();
      await page.waitForURL(article);
    }
    await page.goBack();
    await page.waitForURL(home);
    // The front page's heading is the masthead.
    await expect(page.locator('h1').textContent()).resolves.toBe('Broadsheet');
    await expectStylesAndImages();
    expect(problems).toEqual([]);
  });

  test('should lead home from the masthead of any page', async () => {
    await page.goto(pathToFileURL(join(siteDir('deploy'), 'articles/second/index.html')).href);
    await page.locator('main a', { hasText: 'the first article' }).click();
    await page.waitForURL(/\/articles\/first\/index\.html$/);
    await page.locator('header a').first().click();
    await page.waitForURL(pathToFileURL(join(siteDir('deploy'), 'index.html')).href);
    expect(problems).toEqual([]);
  });
});
