/**
 * Sharing, against real builds with SITE_URL: what a link-preview client, a search engine's
 * structured-data reader and a feed reader get from each article.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { groupSlug } from '../../src/lib/finding/groups';
import { translatorFor } from '../../src/i18n/translate';
import { launchBrowser, watchProblems } from '../support/browser';
import { siteDir } from '../support/sites';
import { buildSharingSite, type SharingSite } from './sharing-site';

const SEED = 'kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626';
/** A day, a date-time without a zone, or one with: what Open Graph and schema.org accept. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$/;
const HOSTILE_TITLE = '</script><script>alert(1)</script><!-- & \u2028 \u2029 "quoted" ]]>';

let main: SharingSite;
let fixture: SharingSite;

beforeAll(async () => {
  main = await buildSharingSite('sharing-main', 'samples');
  // One article per search shard: the search page must merge them all.
  fixture = await buildSharingSite('sharing-fixture', 'tests/fixtures/sites/sharing', {
    BROADSHEET_SEARCH_SHARD_SIZE: '1',
  });
});

afterAll(async () => {
  await main?.server.close();
  await fixture?.server.close();
});

const html = (site: SharingSite, slug: string) =>
  readFile(join(site.dir, 'articles', slug, 'index.html'), 'utf8');

function jsonLd(page: string): Array<Record<string, unknown>> {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
  );
}

/** The `<script>` elements an HTML parser finds in a page, with their type. */
function scriptTypes(page: string): string[] {
  const types: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'script')
      types.push(String(node.properties['type'] ?? ''));
    if ('children' in node) for (const child of node.children) walk(child as Element);
  };
  walk(fromHtml(page));
  return types;
}

async function preview(site: SharingSite, slug: string) {
  const { result, error } = await ogs({ url: `${site.url}articles/${slug}/` });
  if (error) throw new Error(`open-graph-scraper failed on ${slug}`);
  return result;
}

describe('link previews', () => {
  test('should build articles to test', () => {
    expect(main.slugs).toContain(SEED);
    expect(fixture.slugs).toHaveLength(4);
  });

  test.each(['main', 'fixture'] as const)(
    'should give a preview client title, description, image, date and site name on every %s article',
    async (which) => {
      const site = which === 'main' ? main : fixture;
      for (const slug of site.slugs) {
        const og = await preview(site, slug);
        expect(og.ogType).toBe('article');
        expect(og.ogTitle?.length).toBeGreaterThan(0);
        expect(og.ogDescription?.length).toBeGreaterThan(20);
        expect(og.ogDescription?.length).toBeLessThanOrEqual(160);
        expect(og.ogSiteName).toBe('Broadsheet');
        expect(og.ogUrl).toBe(`${site.url}articles/${slug}/`);
        expect(og.articlePublishedTime).toMatch(ISO_8601);
        expect(og.articleModifiedTime).toMatch(ISO_8601);
        expect(og.twitterCard).toBe('summary_large_image');
        const image = og.ogImage?.[0];
        expect(image).toMatchObject({ width: '1200', height: '630', type: 'image/jpeg' });
        expect(og.ogImage?.[0]?.url.startsWith(site.url)).toBe(true);
        const response = await fetch(image?.url ?? '');
        expect(response.status).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.length).toBeLessThan(300 * 1024);
        const meta = await sharp(bytes).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
      }
    },
  );

  test('should show the seed article as a preview client sees it', async () => {
    const og = await preview(main, SEED);
    expect(og).toMatchObject({
      ogTitle: 'Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia',
      ogSiteName: 'Broadsheet',
      ogLocale: 'en_US',
      articlePublishedTime: '2025-07-01',
    });
    expect(og.ogDescription).toMatch(/^North Korean state media on Tuesday released images/);
    expect(og.ogImage?.[0]?.alt).toBe(
      'Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia — The Moscow Times, July 1, 2025',
    );
    const page = await html(main, SEED);
    expect(page).toContain(`<link rel="canonical" href="${main.url}articles/${SEED}/">`);
    expect(page).toContain('<meta property="article:author" content="AFP">');
  });

  test.each([
    ['russian', 'ru_RU'],
    ['japanese', 'ja_JP'],
    ['arabic', 'ar_EG'],
  ])('should give og:locale from the article language (%s)', async (slug, locale) => {
    expect((await preview(fixture, slug)).ogLocale).toBe(locale);
  });

  test('should put the preview tags early in <head>, before the stylesheets', async () => {
    const page = await html(main, SEED);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head.indexOf('og:image')).toBeLessThan(head.indexOf('rel="stylesheet"'));
    expect(head.indexOf('og:image')).toBeGreaterThan(0);
  });
});

describe('structured data', () => {
  test.each(['main', 'fixture'] as const)(
    'should describe every %s article as a NewsArticle',
    async (which) => {
      const site = which === 'main' ? main : fixture;
      for (const slug of site.slugs) {
        const blocks = jsonLd(await html(site, slug));
        expect(blocks).toHaveLength(1);
        const data = blocks[0] ?? {};
        const url = `${site.url}articles/${slug}/`;
        expect(data).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          url,
          mainEntityOfPage: { '@type': 'WebPage', '@id': url },
          publisher: { '@type': 'Organization' },
        });
        expect(data['headline']).toEqual(expect.any(String));
        expect(data['inLanguage']).toEqual(expect.any(String));
        expect(data['isBasedOn']).toMatch(/^https:\/\//);
        expect(data['datePublished']).toMatch(ISO_8601);
        expect(data['dateModified']).toMatch(ISO_8601);
        for (const image of data['image'] as string[]) {
          const response = await fetch(image);
          expect(response.status, image).toBe(200);
        }
      }
    },
  );

  test('should list agencies as organisations and people as persons, one entry each', async () => {
    const [data] = jsonLd(await html(fixture, 'hostile-headline'));
    expect(data?.['author']).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Organization', name: 'Reuters' },
    ]);
    const [seed] = jsonLd(await html(main, SEED));
    expect(seed?.['author']).toEqual([{ '@type': 'Organization', name: 'AFP' }]);
    expect(seed?.['inLanguage']).toBe('en');
    expect(seed?.['isBasedOn']).toBe(`https://www.themoscowtimes.com/2025/07/01/${SEED}`);
  });

  test('should give photo articles 16:9, 4:3 and 1:1 crops', async () => {
    const [data] = jsonLd(await html(main, 'harbour-fog-strands-morning-ferries'));
    const ratios: string[] = [];
    for (const url of data?.['image'] as string[]) {
      const meta = await sharp(Buffer.from(await (await fetch(url)).arrayBuffer())).metadata();
      ratios.push(((meta.width ?? 0) / (meta.height ?? 1)).toFixed(2));
    }
    expect(ratios).toEqual(['1.78', '1.33', '1.00', '1.90']);
  });

  test('should keep a hostile headline inside its JSON-LD, unchanged', async () => {
    const page = await html(fixture, 'hostile-headline');
    const [data] = jsonLd(page);
    expect(data?.['headline']).toBe(HOSTILE_TITLE);
    expect(data?.['keywords']).toEqual(['</script>', 'Security & Safety']);
    // One script element, and it is the JSON-LD: nothing closed it early.
    expect(scriptTypes(page)).toEqual(['application/ld+json']);
  });

  test('should run no script and report no CSP violation in Chromium', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const [site, slug] of [
        [fixture, 'hostile-headline'],
        [main, SEED],
      ] as const) {
        await page.goto(`${site.url}articles/${slug}/`);
        const ld = await page.evaluate(() =>
          [...document.querySelectorAll('script')].map((s) => ({ type: s.type, text: s.textContent })),
        );
        expect(ld).toHaveLength(1);
        expect(ld[0]?.type).toBe('application/ld+json');
        expect(await page.locator('h1').textContent()).toBe(
          site === fixture
            ? HOSTILE_TITLE
            : 'Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia',
        );
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the address to share', () => {
  test('should show each article’s clean address, to copy without JavaScript (Chromium)', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const site of [main, fixture]) {
        for (const slug of site.slugs) {
          const url = `${site.url}articles/${slug}/`;
          // Arrived at as links lead, by the file's name.
          await page.goto(`${url}index.html`);
          const link = page.locator('.provenance a.page-link');
          await expect(link.isVisible()).resolves.toBe(true);
          await expect(link.innerText()).resolves.toBe(url);
          await expect(link.getAttribute('href')).resolves.toBe(url);
          // In the article's language (docs/settings.md): "Link to this page", "Ссылка на эту страницу"…
          const lang = (await page.locator('article').getAttribute('lang')) ?? 'en';
          const label = (translatorFor(lang) ?? translatorFor('en'))?.t('provenance.thisPage');
          await expect(page.locator('.provenance dt').last().innerText()).resolves.toBe(label);
        }
      }
      await context.close();
    } finally {
      await browser.close();
    }
  });
});

describe('feeds', () => {
  test('should announce the feeds on every page', async () => {
    const page = await readFile(join(main.dir, 'index.html'), 'utf8');
    expect(page).toContain('type="application/rss+xml"');
    expect(page).toContain('type="application/feed+json"');
  });

  test('should give a feed reader the full text of every recent article (RSS)', async () => {
    const feed = parseFeed(await (await fetch(`${main.url}rss.xml`)).text());
    expect(feed.items.map((item) => item.url).sort()).toEqual(
      main.slugs.map((slug) => `${main.url}articles/${slug}/`).sort(),
    );
    const seed = feed.items.find((item) => item.url?.includes(SEED));
    expect(seed?.title).toBe('Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia');
    expect(seed?.content).toContain('North Korea officially confirmed in April that it had deployed troops');
    expect(seed?.content).not.toMatch(/<script/i);
    expect(seed?.published?.toISOString()).toBe('2025-07-01T12:00:00.000Z');
  });

  test('should carry hostile text safely and every language in full (RSS and JSON Feed)', async () => {
    const rss = parseFeed(await (await fetch(`${fixture.url}rss.xml`)).text());
    const json = (await (await fetch(`${fixture.url}feed.json`)).json()) as {
      version: string;
      items: Array<{ id: string; title: string; content_html: string; date_published: string }>;
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    for (const items of [
      rss.items.map((item) => ({ title: item.title, content: item.content ?? '' })),
      json.items.map((item) => ({ title: item.title, content: item.content_html })),
    ]) {
      expect(items.find((item) => item.title === HOSTILE_TITLE)?.content).toContain('quokkaphone');
      expect(items.find((item) => item.title?.startsWith('港の霧'))?.content).toContain('乗客の一人は');
      expect(items.find((item) => item.title?.startsWith('Городской'))?.content).toContain('особенно зимой');
    }
  });

  test('should make the links in the feeds absolute', async () => {
    const text = await (await fetch(`${main.url}rss.xml`)).text();
    const feed = parseFeed(text);
    for (const item of feed.items) {
      for (const [, href] of (item.content ?? '').matchAll(/(?:href|src)="([^"]*)"/g)) {
        expect(href).toMatch(/^(https?:|mailto:)/);
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  test('should list every article with lastmod', async () => {
    for (const site of [main, fixture]) {
      const xml = await (await fetch(`${site.url}sitemap.xml`)).text();
      for (const slug of site.slugs) {
        expect(xml).toMatch(
          new RegExp(
            `<url><loc>${site.url}articles/${slug}/</loc><lastmod>\\d{4}-\\d{2}-\\d{2}(T[^<]+)?</lastmod></url>`,
          ),
        );
      }
    }
  });

  test('should point robots.txt at the sitemap', async () => {
    expect(await (await fetch(`${main.url}robots.txt`)).text()).toContain(`Sitemap: ${main.url}sitemap.xml`);
  });
});

describe('dates', () => {
  // A day alone (the seed), a local time without a zone (russian) and an instant (japanese).
  const cases = [
    {
      site: () => main,
      slug: SEED,
      page: 'July 1, 2025',
      iso: '2025-07-01',
      lastmod: '2025-07-01',
      rss: 'Tue, 01 Jul 2025 12:00:00 -0000',
      json: '2025-07-01T12:00:00-00:00',
    },
    {
      site: () => fixture,
      slug: 'russian',
      // In the article's own language: the copy's chrome speaks it (docs/settings.md).
      page: '20 января 2026 г. в 9:30 по местному времени',
      iso: '2026-01-20T09:30:00',
      lastmod: '2026-01-20',
      rss: 'Tue, 20 Jan 2026 09:30:00 -0000',
      json: '2026-01-20T09:30:00-00:00',
    },
    {
      site: () => fixture,
      slug: 'japanese',
      page: '2026年1月15日 7:30 GMT+9',
      iso: '2026-01-15T07:30:00+09:00',
      lastmod: '2026-01-15T07:30:00+09:00',
      rss: 'Thu, 15 Jan 2026 07:30:00 +0900',
      json: '2026-01-15T07:30:00+09:00',
    },
  ];

  test.each(cases)(
    'should tell $slug as the copy does, everywhere, inventing no zone',
    async ({ site: which, slug, iso, lastmod, rss, json }) => {
      const site = which();
      const url = `${site.url}articles/${slug}/`;
      const article = await html(site, slug);
      expect(article).toContain(`<meta property="article:published_time" content="${iso}">`);
      expect(jsonLd(article)[0]?.['datePublished']).toBe(iso);
      const sitemap = await (await fetch(`${site.url}sitemap.xml`)).text();
      expect(sitemap).toContain(`<loc>${url}</loc><lastmod>${lastmod}</lastmod>`);
      const feed = await (await fetch(`${site.url}rss.xml`)).text();
      expect(feed).toContain(`<link>${url}</link><guid isPermaLink="true">${url}</guid>`);
      const item = feed.slice(feed.indexOf(`<link>${url}</link>`));
      expect(item.slice(0, item.indexOf('</item>'))).toContain(`<pubDate>${rss}</pubDate>`);
      const items = (
        (await (await fetch(`${site.url}feed.json`)).json()) as {
          items: Array<{ url: string; date_published: string }>;
        }
      ).items;
      expect(items.find((entry) => entry.url === url)?.date_published).toBe(json);
    },
  );

  test('should show a reader the day, and the time when the copy gives one (Chromium)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const shown: string[] = [];
      for (const { site, slug } of cases) {
        await page.goto(`${site().url}articles/${slug}/`);
        shown.push(await page.locator('.article-header time').first().innerText());
      }
      expect(shown).toEqual(cases.map((entry) => entry.page));
    } finally {
      await browser.close();
    }
  });
});

/** The page at `url` and the absolute targets of its links matching `selector` (an attribute test). */
async function links(url: string, pattern: RegExp): Promise<{ page: string; hrefs: string[] }> {
  const page = await (await fetch(url)).text();
  const hrefs = [...page.matchAll(pattern)].map((match) => new URL(match[1] ?? '', url).href);
  return { page, hrefs };
}

describe('navigation', () => {
  test('should walk from the newest article to the oldest by "Older" links, and back', async () => {
    const home = await (await fetch(fixture.url)).text();
    const first = /<h2[^>]*><a href="([^"]+)"/.exec(home)?.[1] ?? '';
    const visited: string[] = [];
    let url: string | undefined = new URL(first, fixture.url).href;
    while (url && visited.length < 10) {
      visited.push(url);
      url = (await links(url, /<a href="([^"]+)" rel="next"/g)).hrefs[0];
    }
    expect(visited.map((u) => u.split('/').at(-2))).toEqual([
      'hostile-headline',
      'russian',
      'japanese',
      'arabic',
    ]);
    const back = await links(visited.at(-1) ?? '', /<a href="([^"]+)" rel="prev"/g);
    expect(back.hrefs).toEqual([visited.at(-2)]);
  });

  test('should link each tag from the article to a page that lists it', async () => {
    const article = `${fixture.url}articles/japanese/`;
    const tags = await links(article, /<a href="([^"]+)" rel="tag"/g);
    expect(tags.hrefs).toHaveLength(2);
    for (const tag of tags.hrefs) {
      const list = await (await fetch(tag)).text();
      expect(list).toContain('港の霧で朝のフェリーが三時間運休');
    }
    expect(tags.hrefs[0]).toContain(`/tags/${groupSlug('交通')}/`);
  });

  test('should list articles by publisher and by month', async () => {
    const publishers = await (await fetch(`${main.url}publishers/the-moscow-times/`)).text();
    expect(publishers).toContain('Kim Jong Un Honors North Korean Soldiers');
    const month = await (await fetch(`${main.url}months/2025-07/`)).text();
    expect(month).toContain('Published in July 2025');
    expect(month).toContain('Kim Jong Un Honors North Korean Soldiers');
    for (const index of ['tags/', 'publishers/', 'months/']) {
      expect((await fetch(`${main.url}${index}`)).status).toBe(200);
    }
  });

  test('should run no script on index pages', async () => {
    for (const path of ['', 'tags/', 'tags/transport/', 'publishers/', 'months/', 'months/2025-07/']) {
      expect(scriptTypes(await (await fetch(`${main.url}${path}`)).text())).toEqual([]);
    }
  });
});

describe('search', () => {
  /** Types `query` into the search page of `site` in Chromium; returns the result links' text and any console problems. */
  async function search(site: SharingSite, query: string): Promise<{ titles: string[]; problems: string[] }> {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(`${site.url}search/`);
      await page.locator('#search-input').fill(query);
      await page.locator('#search-results li').first().waitFor();
      const titles = await page.locator('#search-results h2 a').allTextContents();
      // Each result leads to its article, under the site's sub-path.
      const href = await page.locator('#search-results h2 a').first().getAttribute('href');
      expect(new URL(href ?? '', page.url()).href).toMatch(new RegExp(`^${site.url}articles/[^/]+/$`));
      return { titles, problems };
    } finally {
      await browser.close();
    }
  }

  test('should find the seed article by a word from its last paragraph', async () => {
    const { titles, problems } = await search(main, 'acknowledged');
    expect(titles).toContain('Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia');
    expect(problems).toEqual([]);
  });

  test.each([
    ['Russian', 'зимой', 'Городской совет одобрил ночные трамваи на трёх линиях'],
    ['Japanese', 'フェリー', '港の霧で朝のフェリーが三時間運休'],
    ['Arabic', 'سبتمبر', 'مجلس المدينة يوافق على تشغيل الترام ليلاً على ثلاثة خطوط'],
  ])('should find the %s article by a word in it', async (_language, word, title) => {
    const { titles, problems } = await search(fixture, word);
    expect(titles).toEqual([title]);
    expect(problems).toEqual([]);
  });

  test('should split the index into shards when asked to, and list them', async () => {
    const manifest = JSON.parse(await readFile(join(fixture.dir, 'pagefind/shards.json'), 'utf8')) as {
      shards: Array<{ path: string; languages: Record<string, number> }>;
    };
    expect(manifest.shards.length).toBeGreaterThan(1);
    expect(manifest.shards.flatMap((shard) => Object.keys(shard.languages))).toEqual(
      expect.arrayContaining(['ar', 'ja', 'ru']),
    );
  });

  test('should load scripts on the search page only', async () => {
    expect(scriptTypes(await readFile(join(main.dir, 'search/index.html'), 'utf8'))).toEqual(['module']);
    expect(scriptTypes(await html(main, SEED))).toEqual(['application/ld+json']);
  });
});

describe('without SITE_URL', () => {
  test('should leave out what needs an absolute URL, and keep the page whole', async () => {
    const dir = siteDir('sharing');
    const page = await readFile(join(dir, 'articles/hostile-headline/index.html'), 'utf8');
    expect(page).not.toContain('og:image');
    expect(page).not.toContain('application/ld+json');
    expect(page).not.toContain('rel="alternate"');
    expect(page).not.toContain('page-link');
    expect(page).toContain('<meta property="og:type" content="article">');
    await expect(readFile(join(dir, 'rss.xml'))).rejects.toThrow();
    await expect(readFile(join(dir, 'sitemap.xml'))).rejects.toThrow();
    expect(scriptTypes(page)).toEqual([]);
  });
});
