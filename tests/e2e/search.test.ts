/**
 * The search page in Chromium, on the `search` fixture site served under a sub-path: what ranks
 * first, what a result shows, the query in the address, the highlight in both themes, and the
 * page without JavaScript or opened from disk.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchProblems } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const NETWORK = 'Council votes to restore the night network';
const HARBOUR = 'Night tramways return to the harbour line';
const TIMEOUT = TIMEOUTS.browser;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(siteDir('search'), '/archive/');
  browser = await launchBrowser();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, TIMEOUT);

interface Result {
  title: string;
  excerpt: string;
  meta: string;
}

/** The results the page shows once searching settles. */
async function results(page: Page): Promise<Result[]> {
  await page.locator('#search-status').filter({ hasText: /found/ }).waitFor({ timeout: TIMEOUT });
  return page.locator('#search-results li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      excerpt: item.querySelector('.summary')?.textContent ?? '',
      meta: item.querySelector('.card-meta')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })),
  );
}

async function search(query: string): Promise<{ page: Page; found: Result[]; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.url}search/`);
  await page.locator('#search-input').fill(query);
  return { page, found: await results(page), problems };
}

describe('search results', () => {
  test(
    'should rank the article that says "tramway" three times above one whose headline only has "tramways"',
    async () => {
      const { page, found, problems } = await search('tramway');
      expect(found.map((result) => result.title)).toEqual([NETWORK, HARBOUR]);
      expect(problems).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  test(
    'should cut excerpts from the body, never repeating headline, dek or byline',
    async () => {
      for (const query of ['night', 'council', 'ferry']) {
        const { page, found } = await search(query);
        expect(found.length, query).toBeGreaterThan(0);
        for (const { title, excerpt } of found) {
          expect(excerpt, query).not.toContain(title);
          expect(excerpt, query).not.toMatch(
            /^By |Service on three lines|gets trams after midnight for the first/,
          );
        }
        await page.close();
      }
    },
    TIMEOUT,
  );

  test(
    'should show each result’s byline, date and publisher',
    async () => {
      const { page, found } = await search('fog');
      expect(found).toEqual([
        {
          title: 'Fog closes the ferry terminal',
          excerpt: expect.stringContaining('Thick fog closed the ferry terminal') as string,
          meta: 'By AFP · November 6, 2026 · Coast News',
        },
      ]);
      await expect(page.locator('#search-results time').getAttribute('datetime')).resolves.toBe(
        '2026-11-06T07:15:00+01:00',
      );
      await page.close();
    },
    TIMEOUT,
  );

  test(
    'should keep the query in the address as it is typed, and search it when the address is opened',
    async () => {
      const { page } = await search('harbour');
      expect(new URL(page.url()).search).toBe('?q=harbour');
      await page.locator('#search-input').fill('ferry terminal');
      await page.waitForURL(/\?q=ferry\+terminal$/);
      await page.locator('#search-input').fill('');
      await page.waitForURL(`${server.url}search/`);
      await page.close();

      const shared = await browser.newPage();
      await shared.goto(`${server.url}search/?q=tramway`);
      await expect(shared.locator('#search-input').inputValue()).resolves.toBe('tramway');
      expect((await results(shared)).map((result) => result.title)).toEqual([NETWORK, HARBOUR]);
      await shared.close();
    },
    TIMEOUT,
  );

  test.each(['light', 'dark'] as const)(
    'should highlight matches readably, and pass axe, in the %s theme',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}search/?q=fog`);
      await results(page);
      const colors = await page
        .locator('#search-results mark')
        .first()
        .evaluate((mark) => {
          const style = getComputedStyle(mark);
          return {
            text: style.color,
            background: style.backgroundColor,
            page: getComputedStyle(document.body).backgroundColor,
          };
        });
      const [text, background, pageBackground] = [colors.text, colors.background, colors.page].map(luminance);
      expect(contrast(text ?? 0, background ?? 0)).toBeGreaterThanOrEqual(4.5);
      // The tint belongs to the theme: dark on a dark page, light on a light one.
      expect(Math.abs((background ?? 0) - (pageBackground ?? 0))).toBeLessThan(0.5);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );
});

/** Relative luminance of a CSS `rgb()` colour (WCAG 2). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('the search page without search', () => {
  /** What a reader sees on the page, and what went wrong after pressing Enter wherever they could type. */
  async function withoutSearch(page: Page, url: string) {
    const problems = watchProblems(page);
    await page.goto(url);
    const formShown = await page.locator('#search-form').isVisible();
    if (formShown) {
      await page.locator('#search-input').fill('tramway');
      await page.locator('#search-input').press('Enter');
      await page.waitForTimeout(500);
    }
    return {
      formShown,
      notice: (await page.locator('#search-unavailable').innerText()).replace(/\s+/g, ' ').trim(),
      links: await page.locator('main a').evaluateAll((links) => links.map((link) => link.textContent)),
      // From disk, Chromium refuses module scripts (docs/deploy.md): that is why the notice shows.
      problems: problems.filter(
        (problem) =>
          !(
            url.startsWith('file:') &&
            /^Access to script .* blocked by CORS policy|^Failed to load resource: net::ERR_FAILED$/.test(
              problem,
            )
          ),
      ),
    };
  }

  const expected = {
    formShown: false,
    notice:
      'Search runs in your browser: it needs JavaScript, and a site served over the web rather than opened ' +
      'from disk. You can browse every article instead: by tag by publisher by month',
    links: ['by tag', 'by publisher', 'by month'],
    problems: [],
  };

  test(
    'should show a clear notice and the browse links only, with JavaScript off',
    async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await expect(withoutSearch(page, `${server.url}search/`)).resolves.toEqual(expected);
      await expect(page.locator('main a').first().getAttribute('href')).resolves.toBe('../tags/index.html');
      await context.close();
    },
    TIMEOUT,
  );

  test(
    'should show the same, with no CSP violation, when opened from disk',
    async () => {
      const page = await browser.newPage();
      const url = pathToFileURL(join(siteDir('search'), 'search/index.html')).href;
      await expect(withoutSearch(page, url)).resolves.toEqual(expected);
      await page.close();
    },
    TIMEOUT,
  );
});
