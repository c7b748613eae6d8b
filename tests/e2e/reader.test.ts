/**
 * What a reader sees, in Chromium, on the real site (`main`) and the `reader` fixture site:
 * the home page, the parts of an article page, and reading comfort (measure, small screens,
 * right-to-left, print, dark mode, keyboard).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toTimestamp } from '../../src/lib/dates';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';
import { charactersPerLine, contrastRatio, median, publishedSlugs, readArticleList } from './reader-page';

const SEED = 'kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626';
const CONTENT = { main: 'samples', reader: 'tests/fixtures/sites/reader' } as const;
type SiteName = keyof typeof CONTENT;

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

/** Opens a page of a site in a fresh context (viewport, colour scheme), runs `use`, closes it. */
async function visit<T>(
  site: SiteName,
  path: string,
  use: (page: Page) => Promise<T>,
  options: BrowserContextOptions = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    const response = await page.goto(servers[site].url + path);
    expect(response?.status(), `${site}/${path}`).toBe(200);
    return await use(page);
  } finally {
    await context.close();
  }
}

// The reader fixture pads its home page with 48 weekly briefs; one of them stands for all. Lists
// long enough for archive pages: archive-pages.test.ts.
const isSpareBrief = (slug: string) => slug.startsWith('brief-') && slug !== 'brief-01';
const articlePaths = (site: SiteName) =>
  publishedSlugs(CONTENT[site])
    .filter((slug) => !isSpareBrief(slug))
    .map((slug) => `articles/${slug}/`);
const listPages = { main: [''], reader: [''] };
const everyPage = (['main', 'reader'] as const).flatMap((site) =>
  [...listPages[site], '404.html', ...articlePaths(site)].map((path) => ({ site, path })),
);

describe('the home page', () => {
  test.each(['main', 'reader'] as const)(
    'should link every article of the %s site, newest first, all on the home below 100',
    async (site) => {
      const pages = await visit(site, '', readArticleList);
      expect(pages).toHaveLength(1);
      const slugs = pages.flatMap((p) => p.slugs);
      expect([...slugs].sort()).toEqual(publishedSlugs(CONTENT[site]));
      const times = pages.flatMap((p) => p.dates).map(toTimestamp);
      expect(times).toHaveLength(slugs.length);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    },
  );

  test('should show 52 articles on the home, newest first, and no page links', async () => {
    await visit('reader', '', async (page) => {
      const [home] = await readArticleList(page);
      expect(home?.slugs).toHaveLength(52);
      expect(home?.slugs[0]).toBe('full-metadata');
      expect(home?.slugs.at(-1)).toBe('brief-01');
      await expect(page.locator('nav.pagination').count()).resolves.toBe(0);
    });
  });

  test('should show the publisher once, above the headline, then summary, byline and date', async () => {
    const cards = await visit('reader', '', (page) =>
      page.locator('.article-card').evaluateAll((lis) =>
        lis.map((li) => ({
          publisher: li.querySelector('.kicker')?.textContent ?? '',
          summary: li.querySelector('.summary')?.textContent ?? '',
          meta: (li.querySelector('.card-meta')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      ),
    );
    expect(cards[0]).toEqual({
      publisher: 'The Coastal Herald',
      summary:
        'The new service starts in September and will run every forty minutes between midnight and five in the morning.',
      meta: 'By Jane Doe and John Roe · June 15, 2025',
    });
    expect([cards[3]?.publisher, cards[3]?.meta]).toEqual(['example.com', 'December 1, 2024']);
    for (const card of cards) expect(card.summary.length).toBeGreaterThan(40);
  });

  test('should open each article from its headline', async () => {
    await visit('reader', '', async (page) => {
      for (let i = 0; i < 5; i++) {
        const link = page.locator('.article-list h2 a').nth(i);
        const headline = await link.textContent();
        await link.click();
        await expect(page.locator('h1').textContent()).resolves.toBe(headline);
        await page.goBack();
      }
    });
  });
});

describe('an article page', () => {
  test('should show dek, byline, both dates, related articles and provenance', async () => {
    const seen = await visit('reader', 'articles/full-metadata/', async (page) => ({
      dek: await page.locator('h1 + .dek').textContent(),
      byline: await page.locator('.article-header .byline').textContent(),
      meta: (await page.locator('.article-header .meta-line').textContent())?.replace(/\s+/g, ' ').trim(),
      datetimes: await page
        .locator('.article-header time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
      related: await page.locator('.related li :is(a, .title)').allTextContents(),
      relatedLinks: await page.locator('.related a').count(),
      provenance: (await page.locator('.provenance').textContent())?.replace(/\s+/g, ' '),
      source: await page.locator('.provenance a').getAttribute('href'),
    }));
    expect(seen).toEqual({
      dek: 'The new service starts in September and will run every forty minutes between midnight and five in the morning.',
      byline: 'By Jane Doe and John Roe',
      meta: expect.stringMatching(
        /^The Coastal Herald Published June 15, 2025 at 9:30 AM GMT\+2 Updated June 16, 2025 \d min read$/,
      ),
      datetimes: ['2025-06-15T09:30:00+02:00', '2025-06-16'],
      related: [
        'Ferry Workers Vote to Accept New Contract',
        'Why the Night Bus Network Shrank',
        'Harbour Tunnel Closure Extended Into Autumn',
      ],
      relatedLinks: 2,
      provenance: expect.stringMatching(/Publisher ?The Coastal Herald.*Archived ?June 20, 2025/),
      source: 'https://www.example.com/news/2025/06/15/harbour-night-ferries',
    });
  });

  test.each(everyPage.filter(({ path }) => path.startsWith('articles/')))(
    'should ship no JavaScript: $site/$path',
    async ({ site, path }) => {
      await visit(site, path, async (page) => {
        await expect(page.locator('script').count()).resolves.toBe(0);
      });
    },
  );

  test.each([
    ['main', `articles/${SEED}/`],
    ['reader', 'articles/long-read-with-structure/'],
  ] as const)('should request nothing off-site and no fonts: %s/%s', async (site, path) => {
    const requests: Array<{ url: string; type: string }> = [];
    await visit(site, '', async (page) => {
      page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
      await page.goto(servers[site].url + path, { waitUntil: 'networkidle' });
    });
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((r) => !r.url.startsWith(servers[site].url))).toEqual([]);
    expect(requests.filter((r) => r.type === 'font')).toEqual([]);
  });
});

describe('reading comfort', () => {
  test.each([
    ['main', `articles/${SEED}/`],
    ['reader', 'articles/long-read-with-structure/'],
    ['reader', 'articles/full-metadata/'],
  ] as const)('should set body text at 60–75 characters per line at 1280 px: %s/%s', async (site, path) => {
    const lines = await visit(site, path, (page) => charactersPerLine(page, '.article-body > p'));
    expect(lines.length).toBeGreaterThan(5);
    expect(median(lines)).toBeGreaterThanOrEqual(60);
    expect(median(lines)).toBeLessThanOrEqual(75);
  });

  test.each(everyPage)('should not scroll sideways at 320 px: $site/$path', async ({ site, path }) => {
    const widths = await visit(
      site,
      path,
      (page) => page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth })),
      { viewport: { width: 320, height: 640 } },
    );
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  });

  test('should keep wide tables scrolling inside themselves at 320 px', async () => {
    const table = await visit(
      'reader',
      'articles/long-read-with-structure/',
      (page) =>
        page.locator('.article-body table').evaluate((t) => ({
          overflow: getComputedStyle(t).overflowX,
          right: t.getBoundingClientRect().right,
        })),
      { viewport: { width: 320, height: 640 } },
    );
    expect(table.overflow).toBe('auto');
    expect(table.right).toBeLessThanOrEqual(320);
  });

  test.each([
    ['an Arabic article from the right', 'articles/arabic-article/', 'ar', 'rtl'],
    ['an English article from the left', 'articles/full-metadata/', 'en', 'ltr'],
  ] as const)('should start %s', async (_, path, lang, dir) => {
    const seen = await visit('reader', path, (page) =>
      page.evaluate(() => {
        const p = document.querySelector('.article-body p');
        const text = p?.firstChild;
        const range = document.createRange();
        if (!p || !text) return undefined;
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const char = range.getBoundingClientRect();
        const box = p.getBoundingClientRect();
        const article = document.querySelector('article');
        return {
          lang: article?.lang,
          dir: article?.dir,
          // The page around the article speaks the site's language (English here).
          site: [document.documentElement.lang, document.documentElement.dir],
          fromLeft: Math.round(char.left - box.left),
          fromRight: Math.round(box.right - char.right),
        };
      }),
    );
    expect(seen).toMatchObject({ lang, dir, site: ['en', 'ltr'] });
    const [start, end] =
      dir === 'rtl' ? (['fromRight', 'fromLeft'] as const) : (['fromLeft', 'fromRight'] as const);
    expect(seen?.[start]).toBeLessThanOrEqual(1);
    expect(seen?.[end]).toBeGreaterThan(50);
  });

  test('should print without masthead or navigation, and with the address of each link', async () => {
    const printed = await visit('reader', 'articles/full-metadata/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      return {
        header: await page.locator('.site-header').isVisible(),
        skip: await page.locator('.skip-link').isVisible(),
        footer: await page.locator('.site-footer').isVisible(),
        provenance: await page.locator('.provenance').isVisible(),
        after: await page
          .locator('.article-body a[href^="http"]')
          .first()
          .evaluate((a) => getComputedStyle(a, '::after').content),
        relatedAfter: await page
          .locator('.related a')
          .first()
          .evaluate((a) => getComputedStyle(a, '::after').content),
      };
    });
    expect(printed).toEqual({
      header: false,
      skip: false,
      footer: false,
      provenance: true,
      after: expect.stringContaining('<https://www.example.com/rota>'),
      relatedAfter: expect.stringContaining(
        '<https://www.example.com/news/2025/05/02/ferry-workers-contract>',
      ),
    });
  });

  test('should print the article list without its page navigation', async () => {
    const navs = await visit('reader', '', async (page) => {
      const visible = () =>
        page.locator('nav').evaluateAll((ns) => ns.filter((n) => n.checkVisibility()).length);
      const onScreen = await visible();
      await page.emulateMedia({ media: 'print' });
      return { onScreen, printed: await visible() };
    });
    expect(navs.onScreen).toBeGreaterThan(0);
    expect(navs.printed).toBe(0);
  });

  test('should show no link addresses on screen', async () => {
    const after = await visit('reader', 'articles/full-metadata/', (page) =>
      page
        .locator('.article-body a[href^="http"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content),
    );
    expect(after).toBe('none');
  });

  test('should switch to dark colours with readable contrast', async () => {
    const colors = (scheme: 'light' | 'dark') =>
      visit(
        'reader',
        'articles/full-metadata/',
        (page) =>
          page.evaluate(() => {
            const color = (sel: string) =>
              getComputedStyle(document.querySelector(sel) ?? document.body).color;
            return {
              background: getComputedStyle(document.body).backgroundColor,
              text: color('.article-body p'),
              muted: color('.article-meta'),
              link: color('.article-body a'),
              boxBackground: getComputedStyle(document.querySelector('.provenance') ?? document.body)
                .backgroundColor,
              boxLabel: color('.provenance dt'),
            };
          }),
        { colorScheme: scheme },
      );
    const light = await colors('light');
    const dark = await colors('dark');
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
    for (const scheme of [light, dark]) {
      expect(contrastRatio(scheme.text, scheme.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(scheme.muted, scheme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(scheme.link, scheme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(scheme.boxLabel, scheme.boxBackground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('should offer a skip link as the first stop, which moves focus to the main content', async () => {
    await visit('main', `articles/${SEED}/`, async (page) => {
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement;
        const box = el?.getBoundingClientRect();
        return { text: el?.textContent, top: box?.top ?? -1, bottom: box?.bottom ?? -1 };
      });
      expect(skip.text).toBe('Skip to content');
      expect(skip.top).toBeGreaterThanOrEqual(0);
      expect(skip.bottom).toBeLessThanOrEqual(900);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
    });
  });

  test.each(['', `articles/${SEED}/`, '404.html'])(
    'should have one banner, main and contentinfo landmark: /%s',
    async (path) => {
      const counts = await visit('main', path, async (page) => ({
        banner: await page.getByRole('banner').count(),
        main: await page.getByRole('main').count(),
        contentinfo: await page.getByRole('contentinfo').count(),
        h1: await page.locator('h1').count(),
      }));
      expect(counts).toEqual({ banner: 1, main: 1, contentinfo: 1, h1: 1 });
    },
  );

  test('should have a 404 page that leads home', async () => {
    await visit('main', '404.html', async (page) => {
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
      await page.getByRole('link', { name: 'See the latest articles' }).click();
      await expect(page.locator('.article-list h2 a').count()).resolves.toBeGreaterThan(0);
    });
  });
});
