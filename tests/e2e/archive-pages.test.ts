/**
 * Lists long enough for archive pages (8 articles to a page here), as a reader walks them in
 * Chromium, and what adding the newest article does to them. Archive pages are counted from the
 * oldest article, so a link to one keeps showing the same articles: after the addition every
 * archive page's file is as it was, not even written again, and the lists still show every
 * article exactly once.
 */
import AxeBuilder from '@axe-core/playwright';
import { cp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toTimestamp } from '../../src/lib/dates';
import { launchBrowser } from '../support/browser';
import { buildSite, projectRoot } from '../support/build';
import { addLateArticle } from '../support/late-article';
import { serveStatic, type StaticServer } from '../support/server';
import { outputRoot } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';
import { type ListPage, publishedSlugs, readArticleList } from './reader-page';

const FIXTURE = 'tests/fixtures/sites/reader';
const work = join(outputRoot, 'archive-pages');
const content = join(work, 'content');
const dist = join(work, 'dist');
const env = { BROADSHEET_CACHE: join(work, 'cache'), BROADSHEET_PAGE_SIZE: '8' };
const ADDED = 'brief-99';
/** The site's list, and a publisher's: the 48 weekly briefs come from example.com. */
const LISTS = ['', 'publishers/examplecom/'];

interface Written {
  bytes: Buffer;
  mtimeMs: number;
}

/** Every archive page of every list (`5/index.html`, `tags/x/2/index.html`): its bytes and mtime. */
async function archivePages(): Promise<Map<string, Written>> {
  const pages = new Map<string, Written>();
  for (const name of await readdir(dist, { recursive: true })) {
    if (!/(^|\/)\d+\/index\.html$/.test(name)) continue;
    const file = join(dist, name);
    pages.set(name, { bytes: await readFile(file), mtimeMs: (await stat(file)).mtimeMs });
  }
  return pages;
}

async function build(): Promise<void> {
  const result = await buildSite({ content: relative(projectRoot, content), outDir: dist, env });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
}

let browser: Browser;
let server: StaticServer;

async function visit<T>(path: string, use: (page: Page) => Promise<T>, width = 1280): Promise<T> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
  try {
    const page = await context.newPage();
    expect((await page.goto(server.url + path))?.status(), path).toBe(200);
    return await use(page);
  } finally {
    await context.close();
  }
}

/** Each list as a reader walks it from its home through "Older" links. */
const readLists = async () =>
  Object.fromEntries(
    await Promise.all(LISTS.map(async (list) => [list, await visit(list, readArticleList)])),
  );

let before: { pages: Map<string, Written>; lists: Record<string, ListPage[]> };
let after: typeof before;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await cp(join(projectRoot, FIXTURE, 'articles'), join(content, 'articles'), { recursive: true });
  await build();
  browser = await launchBrowser();
  server = await serveStatic(dist);
  before = { pages: await archivePages(), lists: await readLists() };
  await addLateArticle(content, ADDED);
  await build();
  after = { pages: await archivePages(), lists: await readLists() };
}, 3 * TIMEOUTS.build);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const slugsOf = (pages: ListPage[]) => pages.flatMap((page) => page.slugs);

describe('a list over several pages', () => {
  test('should show every article once, newest first, from the home through "Older"', () => {
    const all = publishedSlugs(FIXTURE);
    expect([...slugsOf(before.lists[''] ?? [])].sort()).toEqual(all);
    expect([...slugsOf(after.lists[''] ?? [])].sort()).toEqual([...all, ADDED].sort());
    for (const lists of [before.lists, after.lists]) {
      for (const pages of Object.values(lists)) {
        const slugs = slugsOf(pages);
        expect(new Set(slugs).size).toBe(slugs.length);
        const times = pages.flatMap((page) => page.dates).map(toTimestamp);
        expect(times).toEqual([...times].sort((a, b) => b - a));
      }
    }
  });

  test('should show the newest 8 to 15 on the home, then pages of 8 numbered down to 1, the oldest', () => {
    // 52 articles: the home holds the newest 12, pages 5 to 1 the 40 before them.
    const pages = before.lists[''] ?? [];
    expect(pages.map((page) => page.slugs.length)).toEqual([12, 8, 8, 8, 8, 8]);
    expect(pages.map((page) => page.heading)).toEqual([
      null,
      'Articles, page 5',
      'Articles, page 4',
      'Articles, page 3',
      'Articles, page 2',
      'Articles, page 1',
    ]);
    expect(pages.at(-1)?.span).toBe('Articles from January 2, 2023 to February 20, 2023');
    // The publisher's 49 articles: 9 on its home, then 5 pages.
    expect((before.lists['publishers/examplecom/'] ?? []).map((page) => page.slugs.length)).toEqual([
      9, 8, 8, 8, 8, 8,
    ]);
  });

  test('should lead from the oldest page back to the home through "Newer"', async () => {
    const headings = await visit('1/', async (page) => {
      const seen = [];
      for (let newer = page.locator('nav.pagination a[rel="prev"]'); (await newer.count()) > 0;) {
        await newer.click();
        seen.push(await page.title());
        if (seen.length > 10) break;
      }
      return seen;
    });
    expect(headings).toEqual([
      'Page 2 · Broadsheet',
      'Page 3 · Broadsheet',
      'Page 4 · Broadsheet',
      'Page 5 · Broadsheet',
      'Broadsheet',
    ]);
  });

  test('should keep each page link on one line at 320 px, with no sideways scroll', async () => {
    const { scroll, lines } = await visit(
      '3/',
      async (page) => ({
        scroll: await page.evaluate(() => document.documentElement.scrollWidth),
        lines: await page.locator('nav.pagination a').evaluateAll((links) =>
          links.map((link) => {
            const range = document.createRange();
            range.selectNodeContents(link);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
          }),
        ),
      }),
      320,
    );
    expect(scroll).toBeLessThanOrEqual(320);
    expect(lines).toEqual([1, 1]);
  });

  test('should pass axe on an archive page', async () => {
    const violations = await visit(
      '3/',
      async (page) => (await new AxeBuilder({ page }).analyze()).violations,
    );
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('adding the newest article', () => {
  test('should put it first on the home pages of its lists', () => {
    for (const list of LISTS) expect(after.lists[list]?.[0]?.slugs[0], list).toBe(ADDED);
  });

  test('should leave every archive page as it was, not even written again', () => {
    expect([...after.pages.keys()].sort()).toEqual([...before.pages.keys()].sort());
    expect(after.pages.size).toBeGreaterThanOrEqual(9);
    for (const [name, page] of before.pages) {
      expect(after.pages.get(name)?.bytes.equals(page.bytes), name).toBe(true);
      expect(after.pages.get(name)?.mtimeMs, name).toBe(page.mtimeMs);
    }
  });
});
