/**
 * Search over many shards, in Chromium: a word every article holds opens only a few shards
 * first and says how much of the archive it searched; "Show more results" opens the rest until
 * every article is listed; a name still opens only its own shard. The site is built here, one
 * article per shard, from articles the test writes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SHARDS_PER_STEP, shardsPerStep } from '../../src/scripts/search-index';
import { launchBrowser, watchProblems } from '../support/browser';
import { buildSite } from '../support/build';
import { serveStatic, type StaticServer } from '../support/server';
import { outputRoot } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const ARTICLES = 24;
const work = join(outputRoot, 'search-steps');
const dist = join(work, 'dist');

/** A surname of article `i`'s own: no other word starts with it. */
const surname = (i: number) => `Vortigern${String.fromCharCode(97 + i)}x`;

function article(i: number): string {
  const day = String(1 + i).padStart(2, '0');
  return [
    '---',
    `title: Harbour report number ${i + 1}`,
    'byline: Staff',
    'publisher: Coast News',
    `source: https://example.org/news/harbour-${i}`,
    `published: 2026-10-${day}T08:00:00Z`,
    '---',
    '',
    `The harbour board met on Tuesday. ${surname(i)}, its chair, said the quay would reopen in spring.`,
    '',
    'Ferries kept to the winter timetable while the work went on.',
    '',
  ].join('\n');
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  const content = join(work, 'content');
  await mkdir(join(content, 'articles'), { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    await writeFile(join(content, 'articles', `harbour-report-${i + 1}.md`), article(i));
  }
  // One article per shard at most: 32 shards, most holding one article.
  const result = await buildSite({
    content,
    outDir: dist,
    env: { BROADSHEET_CACHE: join(work, 'cache'), BROADSHEET_SEARCH_SHARD_SIZE: '1' },
  });
  if (result.code !== 0) throw new Error(`Build failed:\n${result.output.slice(-4000)}`);
  server = await serveStatic(dist, '/archive/');
  browser = await launchBrowser();
}, TIMEOUTS.build);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, TIMEOUTS.browser);

/** Opens the search page, counting the shards whose files it fetches. */
async function searchPage(query: string): Promise<{ page: Page; shards: Set<string>; problems: string[] }> {
  // A context of its own: axe needs one.
  const page = await (await browser.newContext()).newPage();
  const problems = watchProblems(page);
  const shards = new Set<string>();
  page.on('request', (request) => {
    const shard = /\/pagefind\/(\d+)\//.exec(request.url())?.[1];
    if (shard) shards.add(shard);
  });
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
  return { page, shards, problems };
}

const status = (page: Page) => page.locator('#search-status').textContent();
const listed = (page: Page) => page.locator('#search-results h2 a').allTextContents();

describe('a word in every shard', () => {
  test(
    'should open a few shards, say how much was searched, and list every article after "Show more results"',
    async () => {
      const { page, shards, problems } = await searchPage('harbour');
      expect(shards.size).toBeGreaterThan(0);
      expect(shards.size).toBeLessThanOrEqual(SHARDS_PER_STEP);
      const first = await listed(page);
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(ARTICLES);
      // Honest: the count of what was searched, and how much of the archive that was.
      expect(await status(page)).toMatch(
        new RegExp(`^${first.length} articles? found so far for “harbour”, in \\d+% of the archive\\.$`),
      );
      const more = page.getByRole('button', { name: 'Show more results' });
      await expect(more.isVisible()).resolves.toBe(true);

      let clicks = 0;
      while (await more.isVisible()) {
        const before = (await listed(page)).length;
        // From the keyboard, as a reader without a mouse would.
        await more.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (count) =>
            document.querySelectorAll('#search-results li').length > count ||
            (document.querySelector<HTMLElement>('#search-more')?.hidden ?? false),
          before,
        );
        await page.waitForFunction(() => !document.querySelector('#search-more[aria-disabled]'));
        clicks++;
        expect(clicks).toBeLessThan(ARTICLES);
        // The reader goes on from the first new result.
        if ((await listed(page)).length > before) {
          await expect(
            page.evaluate(() => document.activeElement?.closest('#search-results li') !== null),
          ).resolves.toBe(true);
        }
      }
      const all = await listed(page);
      expect(all).toHaveLength(ARTICLES);
      expect(new Set(all).size).toBe(ARTICLES);
      expect(await status(page)).toBe(`${ARTICLES} articles found for “harbour”.`);
      expect(shards.size).toBeGreaterThan(SHARDS_PER_STEP);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    TIMEOUTS.browser,
  );

  test(
    'should open fewer shards at once for two words, and pass axe with the "more" button shown',
    async () => {
      const { page, shards } = await searchPage('harbour ferries');
      expect(shardsPerStep(2)).toBeLessThan(SHARDS_PER_STEP);
      expect(shards.size).toBeGreaterThan(0);
      expect(shards.size).toBeLessThanOrEqual(shardsPerStep(2));
      await expect(page.locator('#search-more').isVisible()).resolves.toBe(true);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      await page.context().close();
    },
    TIMEOUTS.browser,
  );
});

describe('typing', () => {
  test(
    'should search once the reader pauses, fetching each shard’s page list once',
    async () => {
      const page = await (await browser.newContext()).newPage();
      const lists: string[] = [];
      page.on('request', (request) => {
        if (/\/pagefind\/\d+\/.*\.pf_meta$/.test(request.url())) lists.push(request.url());
      });
      await page.goto(`${server.url}search/`);
      await page.locator('#search-form').waitFor();
      // Typing starts once the index is open (the status no longer says it is loading).
      await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === '');
      // Letter by letter, 50 ms apart, timed by the page itself: however busy the machine, each
      // letter comes before a pause the page could take for the end of typing.
      await page.evaluate(async (word) => {
        const input = document.querySelector<HTMLInputElement>('#search-input');
        for (let i = 1; i <= word.length; i++) {
          if (input) input.value = word.slice(0, i);
          input?.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }, 'harbour');
      await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await status(page)).toMatch(/found so far for “harbour”/);
      expect(lists.length).toBeGreaterThan(0);
      expect(lists.length).toBeLessThanOrEqual(SHARDS_PER_STEP);
      await page.context().close();
    },
    TIMEOUTS.browser,
  );
});

describe('typing while the index loads', () => {
  test(
    'should search the words typed once the index is open, and keep them in the address',
    async () => {
      const page = await (await browser.newContext()).newPage();
      // The shard list arrives only after the reader has typed.
      let typed: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (typed = resolve));
      await page.route('**/pagefind/shards.json', async (route) => {
        await done;
        await route.continue();
      });
      await page.goto(`${server.url}search/`);
      await page.locator('#search-input').fill(surname(5));
      typed();
      await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
      expect(await listed(page)).toEqual(['Harbour report number 6']);
      expect(new URL(page.url()).search).toBe(`?q=${surname(5)}`);
      await page.context().close();
    },
    TIMEOUTS.browser,
  );
});

describe('a name', () => {
  test(
    'should open only the shard that holds it and find the article',
    async () => {
      for (const i of [0, 13, ARTICLES - 1]) {
        const { page, shards, problems } = await searchPage(surname(i));
        expect(await listed(page)).toEqual([`Harbour report number ${i + 1}`]);
        expect(await status(page)).toBe(`1 article found for “${surname(i)}”.`);
        expect(shards.size).toBe(1);
        await expect(page.locator('#search-more').isVisible()).resolves.toBe(false);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    },
    TIMEOUTS.browser,
  );
});
