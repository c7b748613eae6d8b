/**
 * Accessibility: axe finds no violation on the home page and the article pages of the real site
 * and the `reader` fixture site, in the light and the dark colour scheme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';
import { publishedSlugs } from './reader-page';

const SITES = { main: 'samples', reader: 'tests/fixtures/sites/reader' } as const;
type SiteName = keyof typeof SITES;

let browser: Browser;
const servers = {} as Record<SiteName, StaticServer>;

beforeAll(async () => {
  servers.main = await serveStatic(siteDir('main'));
  servers.reader = await serveStatic(siteDir('reader'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

// The reader fixture's 48 weekly briefs are alike: the first stands for all (archive pages: archive-pages.test.ts).
const articles = (site: SiteName) =>
  publishedSlugs(SITES[site])
    .filter((slug) => !slug.startsWith('brief-') || slug === 'brief-01')
    .map((slug) => `articles/${slug}/`);
const listPages = { main: [''], reader: [''] };
const pages = (Object.keys(SITES) as SiteName[]).flatMap((site) =>
  [...listPages[site], '404.html', ...articles(site)].map((path) => ({ site, path })),
);

// Every page in light; in dark, the pages whose parts differ (axe takes seconds a page).
const darkPages = pages.filter(({ path }) => /^$|kim-jong-un|arabic|long-read/.test(path));

describe.each([
  ['light', pages],
  ['dark', darkPages],
] as const)('in the %s colour scheme', (colorScheme, list) => {
  test.each(list)('axe finds no violation on $site/$path', async ({ site, path }) => {
    // axe is injected by the test, not the page: the page's CSP rightly forbids scripts.
    const context = await browser.newContext({ colorScheme, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(servers[site].url + path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map((v) => ({
        rule: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
      expect(summary).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
