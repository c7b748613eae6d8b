/**
 * A site with settings (tests/fixtures/sites/arabic: its own astro.config.mjs with
 * `broadsheet({...})`): an Arabic name and interface, a logo and favicon, links, an address, and
 * an About page. Built for real and read in Chromium: the name everywhere the site names itself,
 * every interface string in Arabic, the whole layout right to left, axe clean, a front page with
 * a lead story and thumbnails. Then the rule of languages on an English site (docs/settings.md).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../src/i18n/catalogs/ar';
import { groupSlug } from '../../src/lib/finding/groups';
import { renderCard } from '../../src/lib/sharing/card';
import { launchBrowser } from '../support/browser';
import { buildSite, projectRoot } from '../support/build';
import { serveStatic, type StaticServer } from '../support/server';
import { outputRoot, siteDir } from '../support/sites';

const NAME = 'أرشيف الميناء';
const SITE = 'https://archive.example.org/harbour/';
const dir = siteDir('arabic');
const file = (path: string) => readFileSync(join(dir, path), 'utf8');

let browser: Browser;
let server: StaticServer;
let english: StaticServer;

beforeAll(async () => {
  server = await serveStatic(dir);
  english = await serveStatic(siteDir('sharing'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await english?.close();
});

async function visit<T>(
  path: string,
  use: (page: Page) => Promise<T>,
  options: BrowserContextOptions = {},
  site = server,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    const response = await page.goto(site.url + path);
    expect(response?.status(), path).toBe(200);
    return await use(page);
  } finally {
    await context.close();
  }
}

const PAGES = [
  '',
  'articles/night-trams/',
  'articles/lantern-festival/',
  'tags/',
  'months/',
  'about/',
  'search/',
];

describe('the site’s name', () => {
  test('should be the masthead, with the logo, and end every title', async () => {
    const seen = await visit('articles/night-trams/', async (page) => ({
      masthead: (await page.locator('.site-name').innerText()).trim(),
      logo: await page.locator('.site-logo').evaluate((img: HTMLImageElement) => ({
        alt: img.alt,
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loaded: img.complete && img.naturalWidth > 0,
      })),
      title: await page.title(),
    }));
    expect(seen).toEqual({
      masthead: NAME,
      // Beside the name, the logo says nothing more.
      logo: { alt: '', width: '64', height: '64', loaded: true },
      title: `المجلس البلدي يقر تشغيل الترام ليلاً على ثلاثة خطوط ابتداءً من سبتمبر · ${NAME}`,
    });
    expect(file('index.html')).toContain(`<title>${NAME}</title>`);
    expect(file('index.html')).toMatch(/<h1 class="site-name">/);
  });

  test('should name the site in Open Graph, JSON-LD and both feeds', () => {
    const article = file('articles/night-trams/index.html');
    expect(article).toContain(`<meta property="og:site_name" content="${NAME}">`);
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(article)?.[1] ?? '{}',
    );
    expect(jsonLd.publisher).toEqual({ '@type': 'Organization', name: NAME, url: SITE });
    expect(jsonLd.sourceOrganization).toEqual({ '@type': 'Organization', name: 'صحيفة الميناء' });
    const rss = file('rss.xml');
    expect(rss).toContain(`<title>${NAME}</title>`);
    expect(rss).toContain('<language>ar</language>');
    const feed = JSON.parse(file('feed.json')) as { title: string; language: string; home_page_url: string };
    expect([feed.title, feed.language, feed.home_page_url]).toEqual([NAME, 'ar', SITE]);
    // SITE_URL was not set: the address came from the settings.
    expect(article).toContain(`<link rel="canonical" href="${SITE}articles/night-trams/">`);
  });

  test('should be the masthead of the share cards', async () => {
    const built = await sharp(join(dir, 'cards/night-trams.jpg')).raw().toBuffer();
    const drawn = (site: string) =>
      renderCard({
        site,
        siteRtl: true,
        headline: 'المجلس البلدي يقر تشغيل الترام ليلاً على ثلاثة خطوط ابتداءً من سبتمبر',
        publisher: 'صحيفة الميناء',
        date: '6 مايو 2026',
        rtl: true,
        photo: join(projectRoot, 'tests/fixtures/sites/arabic/articles/night-trams/tram.jpg'),
        width: 1200,
        height: 630,
      }).then((bytes) => sharp(bytes).raw().toBuffer());
    expect(built.equals(await drawn(NAME))).toBe(true);
    expect(built.equals(await drawn('Broadsheet'))).toBe(false);
  });

  test('should serve the favicon of the settings and a touch icon drawn from it', async () => {
    const head = file('index.html');
    expect(head).toContain('<link rel="icon" href="favicon.svg" type="image/svg+xml">');
    expect(head).toContain('<link rel="apple-touch-icon" href="apple-touch-icon.png">');
    expect(file('favicon.svg')).toBe(
      readFileSync(join(projectRoot, 'tests/fixtures/sites/arabic/logo.svg'), 'utf8'),
    );
    const touch = await sharp(join(dir, 'apple-touch-icon.png')).metadata();
    expect([touch.format, touch.width, touch.height, touch.hasAlpha]).toEqual(['png', 180, 180, false]);
  });
});

describe('an Arabic interface', () => {
  /** Interface text of the page in a language other than Arabic, or with Latin letters in it. */
  const foreignChrome = (page: Page) =>
    page.evaluate(() => {
      // Content, not interface: headlines, summaries, bodies, names, tags, addresses.
      const content =
        'h1 a, h2 a, .article-header h1, .summary, .dek, .article-body, bdi, .article-tags, .related li, ' +
        '.article-nav .title, .page-link, .site-page, time, .caption, script, style, .credit';
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent || parent.closest(content)) continue;
        const lang = parent.closest('[lang]')?.getAttribute('lang');
        // Words that stay Latin in Arabic: the names of formats and tools.
        const latin = text.replace(/\b(RSS|JavaScript|HTTP|npm run \w+)\b/g, '');
        if (lang === 'ar' && !/[A-Za-z]/.test(latin)) continue;
        // An article's own chrome in its own language (an English article) is the rule too.
        if (lang !== 'ar' && parent.closest('article')?.getAttribute('lang') === lang) continue;
        found.push(`${lang}: ${text}`);
      }
      return found;
    });

  test.each(PAGES)('should write every interface string of /%s in Arabic', async (path) => {
    await expect(visit(path, foreignChrome)).resolves.toEqual([]);
  });

  test('should read the interface strings from the Arabic catalog', async () => {
    const seen = await visit('articles/night-trams/', async (page) => ({
      skip: await page.locator('.skip-link').textContent(),
      nav: await page.locator('.site-nav a').allInnerTexts(),
      related: await page.locator('.related h2').innerText(),
      provenance: await page.locator('.provenance h2').innerText(),
      meta: (await page.locator('.article-meta').innerText()).replace(/\s+/g, ' '),
    }));
    expect(seen.skip).toBe(ar['site.skipLink']);
    expect(seen.nav.map((text) => text.trim())).toEqual([
      ar['nav.home'],
      ar['nav.tags'],
      ar['nav.publishers'],
      ar['nav.months'],
      'من نحن',
      'موقع الصحيفة',
      ar['nav.search'],
    ]);
    expect([seen.related, seen.provenance]).toEqual([ar['related.heading'], ar['provenance.heading']]);
    expect(seen.meta).toBe(
      // The dots between them are drawn, not read (CSS content with empty alternative text).
      'بقلم سارة الخطيب صحيفة الميناء نُشر في 6 مايو 2026 في 9:30 ص غرينتش+3 حُدّث في 7 مايو 2026 قراءة في دقيقة واحدة',
    );
  });

  test('should keep an English article’s own chrome in English, inside the Arabic site', async () => {
    const seen = await visit('articles/port-traffic/', async (page) => ({
      article: await page.locator('article').evaluate((a) => [a.getAttribute('lang'), a.getAttribute('dir')]),
      meta: (await page.locator('.article-meta').innerText()).replace(/\s+/g, ' '),
      own: await page.locator('.article-meta').getAttribute('lang'),
      nav: await page.locator('.article-nav .label').first().innerText(),
    }));
    expect(seen).toEqual({
      article: ['en', 'ltr'],
      meta: 'By John Roe Harbour Business Weekly Published January 10, 2026 1 min read',
      own: null,
      nav: ar['articleNav.newer'],
    });
  });

  test('should write a Korean article’s chrome in Arabic, saying so, as there is no Korean catalog', async () => {
    const seen = await visit('articles/lantern-festival/', (page) =>
      page.evaluate(() =>
        ['article', '.article-meta', '.provenance'].map((selector) => {
          const element = document.querySelector(selector);
          return [element?.getAttribute('lang'), element?.getAttribute('dir')];
        }),
      ),
    );
    expect(seen).toEqual([
      ['ko', 'ltr'],
      ['ar', 'rtl'],
      ['ar', 'rtl'],
    ]);
  });
});

describe('a right-to-left layout', () => {
  test.each([320, 1280])('should mirror the whole page at %i px', async (width) => {
    const seen = await visit(
      '',
      (page) =>
        page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
          const links = [...document.querySelectorAll('.site-nav li')].map((li) =>
            li.getBoundingClientRect(),
          );
          const first = links[0];
          const second = links[1];
          return {
            html: [document.documentElement.lang, document.documentElement.dir],
            // Home comes first, at the right; the next link to its left (or on the next line).
            navFromRight: Boolean(first && second && (second.right <= first.left || second.top > first.top)),
            leadPhotoRight: (box('.lead .card-photo')?.right ?? 0) >= (box('.lead h2')?.right ?? 0),
            wide: document.documentElement.scrollWidth <= innerWidth,
          };
        }),
      { viewport: { width, height: 900 } },
    );
    expect(seen).toEqual({ html: ['ar', 'rtl'], navFromRight: true, leadPhotoRight: true, wide: true });
  });

  test('should use logical properties only in its stylesheet', () => {
    const css = readFileSync(join(projectRoot, 'src/styles/global.css'), 'utf8');
    const physical = css.match(
      /\b(margin|padding|border)-(left|right)\b|\b(left|right)\s*:|text-align:\s*(left|right)|float:/g,
    );
    expect(physical).toBeNull();
  });
});

describe('the front page', () => {
  test('should lead with the newest story, its photograph at once, and lazy thumbnails for the rest', async () => {
    const seen = await visit('', (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('.article-card')].map((card) => {
          const img = card.querySelector('img');
          return {
            lead: card.classList.contains('lead'),
            photo: img
              ? [img.loading, Boolean(img.getAttribute('width') && img.getAttribute('height'))]
              : null,
          };
        }),
      ),
    );
    expect(seen[0]).toEqual({ lead: true, photo: ['eager', true] });
    expect(seen.slice(1).filter((card) => card.lead)).toEqual([]);
    const thumbnails = seen.slice(1).filter((card) => card.photo);
    expect(thumbnails).toEqual([
      { lead: false, photo: ['lazy', true] },
      { lead: false, photo: ['lazy', true] },
    ]);
  });

  test.each([320, 1280])('should not shift as its photographs load, at %i px', async (width) => {
    const shift = await visit(
      '',
      async (page) => {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        return page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 200);
            }),
        );
      },
      { viewport: { width, height: 700 } },
    );
    expect(shift).toBeLessThan(0.01);
  });
});

describe('the About page', () => {
  test('should be linked from the header, sanitized like an article, and in the sitemap', async () => {
    const seen = await visit('', async (page) => {
      await page.locator('.site-nav a', { hasText: 'من نحن' }).click();
      return {
        heading: await page.locator('main h1').innerText(),
        current: await page.locator('.site-nav a[aria-current="page"]').innerText(),
        scripts: await page.locator('main script').count(),
        text: await page.locator('.site-page .article-body').innerText(),
      };
    });
    expect(seen).toMatchObject({ heading: 'عن أرشيف الميناء', current: 'من نحن', scripts: 0 });
    expect(seen.text).not.toContain('alert');
    expect(file('sitemap.xml')).toContain(`<loc>${SITE}about/</loc>`);
    // A page with the default place is in the footer.
    expect(file('index.html')).toMatch(/<footer[^]*href="corrections\/index.html"[^]*<\/footer>/);
  });
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)(
    'axe finds no violation on any kind of page, %s',
    async (colorScheme) => {
      const violations: string[] = [];
      for (const path of [...PAGES, `tags/${groupSlug('النقل')}/`, '404.html']) {
        const context = await browser.newContext({ colorScheme, bypassCSP: true });
        try {
          const page = await context.newPage();
          await page.goto(server.url + path);
          const result = await new AxeBuilder({ page }).analyze();
          violations.push(
            ...result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
          );
        } finally {
          await context.close();
        }
      }
      expect(violations).toEqual([]);
    },
    180_000,
  );
});

describe('a Russian article on an English site', () => {
  test('should show its own chrome in Russian and the site’s chrome in English', async () => {
    const seen = await visit(
      'articles/russian/',
      async (page) => ({
        html: await page.evaluate(() => document.documentElement.lang),
        article: await page.locator('article').getAttribute('lang'),
        published: await page.locator('.article-meta .published').innerText(),
        provenance: (await page.locator('.provenance h2').textContent())?.trim(),
        nav: (await page.locator('.site-nav a').first().textContent())?.trim(),
        skip: await page.locator('.skip-link').textContent(),
        more: await page.locator('.article-nav').getAttribute('aria-label'),
      }),
      {},
      english,
    );
    expect(seen).toEqual({
      html: 'en',
      article: 'ru',
      published: 'Опубликовано 20 января 2026 г. в 9:30 по местному времени',
      provenance: 'Об этой копии',
      nav: 'Home',
      skip: 'Skip to content',
      more: 'More articles',
    });
  });
});

describe('bad settings', () => {
  test('should stop the build before anything is built, naming each field', async () => {
    const config = await mkdtemp(join(outputRoot, 'bad-settings-'));
    try {
      await writeFile(
        join(config, 'astro.config.mjs'),
        [
          "import config from '../../../astro.config.mjs';",
          "import { broadsheet } from '../../../src/integrations/broadsheet/index.ts';",
          'export default { ...config, integrations: [broadsheet({ name: "", lang: "ko", logo: { src: "./none.svg" } })] };',
        ].join('\n'),
      );
      const outDir = join(config, 'dist');
      const result = await buildSite({ content: join(config.slice(projectRoot.length)), outDir });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('Invalid Broadsheet settings in broadsheet({...}) (2 problems):');
      expect(result.output).toContain('name: must not be empty');
      expect(result.output).toContain('lang: has no interface catalog');
    } finally {
      await rm(config, { recursive: true, force: true });
    }
  });
});
