/**
 * The hostile fixture site (tests/fixtures/sites/hostile), built for real and read in Chromium:
 * whatever its Markdown and frontmatter contain, no script runs, nothing off-site is requested,
 * no page global is clobbered and the article stays inside its page. In-page links (footnotes,
 * headings) still land on their targets despite the prefixed ids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Element as HastElement, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';
import { problems } from '../unit/markdown/hostile-checks';

const dir = siteDir('hostile');
// Bodies of text only: every element in them comes from the Markdown.
const ARTICLES = [
  'breakout',
  'escapes',
  'clobbering',
  'frontmatter',
  'script-tags',
  'urls',
  'invisible-names',
  'normalization',
  'long-names',
  'nested-forms',
];
// Bodies with a picture of their own, which the site turns into <picture> markup.
const WITH_PICTURES = ['picture-marker'];

/** Every HTML page of the built site, as paths relative to its root (`articles/x/index.html`). */
function htmlPages(folder = dir): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : htmlPages(path);
    return entry.name.endsWith('.html') ? [relative(dir, path)] : [];
  });
}

function elements(root: HastElement | Root): HastElement[] {
  const found: HastElement[] = [];
  visit(root, 'element', (node) => {
    found.push(node);
  });
  return found;
}

function byClass(root: Root, className: string): HastElement | undefined {
  return elements(root).find((el) => {
    const classes = el.properties['className'];
    return Array.isArray(classes) && classes.includes(className);
  });
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  dialogs: string[];
  consoleErrors: string[];
  offsite: string[];
}

/** Opens `path` with every off-site request recorded and refused; runs `use` on the page. */
async function open<T>(path: string, use: (page: Page, seen: Visit) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  const seen: Visit = { dialogs: [], consoleErrors: [], offsite: [] };
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    seen.offsite.push(url);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.consoleErrors.push(error.message));
  try {
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return await use(page, seen);
  } finally {
    await context.close();
  }
}

describe('the hostile site, as built', () => {
  test('should publish every hostile article', () => {
    const pages = htmlPages();
    for (const slug of [...ARTICLES, ...WITH_PICTURES]) {
      expect(pages).toContain(join('articles', slug, 'index.html'));
    }
  });

  test.each(ARTICLES)('should keep only safe markup in the body of %s', (slug) => {
    const tree = fromHtml(readFileSync(join(dir, 'articles', slug, 'index.html'), 'utf8'));
    const body = byClass(tree, 'article-body');
    expect(body).toBeDefined();
    expect(problems(elements(body ?? tree).slice(1))).toEqual([]);
  });

  test.each(htmlPages().filter((p) => p !== '404.html' && p !== 'ipfs-404.html'))(
    'should ship %s with no inline script, handler, frame or off-site resource',
    (path) => {
      const tree = fromHtml(readFileSync(join(dir, path), 'utf8'));
      const isArticle = path.startsWith('articles/');
      const offsite = (value: unknown) => /^(?:https?:|\/\/|[\\/]{2})/i.test(String(value ?? '').trim());
      const found: string[] = [];
      for (const el of elements(tree)) {
        const { tagName, properties } = el;
        if (tagName === 'script' && properties['type'] !== 'application/ld+json') {
          // Article pages ship no JavaScript at all; other pages only same-origin files.
          if (isArticle || el.children.length > 0 || !properties['src'] || offsite(properties['src'])) {
            found.push('<script>');
          }
        }
        if (['iframe', 'object', 'embed', 'base', 'frame'].includes(tagName)) found.push(`<${tagName}>`);
        if (tagName === 'form' && (isArticle || offsite(properties['action']))) found.push('<form>');
        if (tagName === 'meta' && properties['httpEquiv'] !== undefined) {
          const equiv = String(properties['httpEquiv']).toLowerCase();
          if (equiv !== 'content-security-policy') found.push(`<meta http-equiv="${equiv}">`);
        }
        for (const name of Object.keys(properties)) {
          if (/^on/i.test(name) || name === 'style') found.push(`${name} on <${tagName}>`);
        }
        for (const name of ['src', 'srcSet', 'poster', 'data', 'action', 'formAction', 'background']) {
          if (offsite(properties[name])) found.push(`${name}="${String(properties[name])}" on <${tagName}>`);
        }
        const rel = String(properties['rel'] ?? '');
        if (tagName === 'link' && offsite(properties['href']) && !/canonical|alternate/.test(rel)) {
          found.push(`<link rel="${rel}" href="${String(properties['href'])}">`);
        }
      }
      expect(found).toEqual([]);
    },
  );
});

describe('the hostile site, in Chromium', () => {
  const pages = ['index.html', ...[...ARTICLES, ...WITH_PICTURES].map((slug) => `articles/${slug}/`)];

  test.each(pages)('should run nothing and request nothing off-site on %s', async (path) => {
    await open(path, async (page, seen) => {
      await page.mouse.move(400, 300);
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
      expect(seen.dialogs).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.offsite).toEqual([]);
    });
  });

  test.each(pages)('should leave the page globals alone on %s', async (path) => {
    await open(path, async (page) => {
      const globals = await page.evaluate(() => ({
        alert: typeof window.alert === 'function' && String(window.alert).includes('[native code]'),
        confirm: typeof window.confirm === 'function' && String(window.confirm).includes('[native code]'),
        prompt: typeof window.prompt === 'function' && String(window.prompt).includes('[native code]'),
        location: window.location instanceof Location,
        document: window.document instanceof Document,
        cookie: typeof document.cookie === 'string',
        defaultView: document.defaultView === window,
        main: document.getElementById('main')?.tagName ?? null,
      }));
      expect(globals).toEqual({
        alert: true,
        confirm: true,
        prompt: true,
        location: true,
        document: true,
        cookie: true,
        defaultView: true,
        main: 'MAIN',
      });
    });
  });

  test.each(pages)(
    'should keep the site header and footer outside the content and visible on %s',
    async (path) => {
      await open(path, async (page) => {
        const layout = await page.evaluate(() => {
          const header = document.querySelectorAll('.site-header');
          const footer = document.querySelectorAll('.site-footer');
          const content = document.querySelector('main');
          const visible = (el: Element | null) => {
            if (!el) return false;
            el.scrollIntoView();
            const box = el.getBoundingClientRect();
            const hit = document.elementFromPoint(
              box.left + box.width / 2,
              box.top + Math.min(box.height, 20) / 2,
            );
            return box.height > 0 && getComputedStyle(el).visibility === 'visible' && el.contains(hit);
          };
          return {
            headers: header.length,
            footers: footer.length,
            headerInContent: Boolean(content?.contains(header[0] ?? null)),
            footerInContent: Boolean(content?.contains(footer[0] ?? null)),
            footerAfterContent: Boolean(
              content &&
              footer[0] &&
              content.compareDocumentPosition(footer[0]) & Node.DOCUMENT_POSITION_FOLLOWING,
            ),
            headerVisible: visible(header[0] ?? null),
            footerVisible: visible(footer[0] ?? null),
          };
        });
        expect(layout).toEqual({
          headers: 1,
          footers: 1,
          headerInContent: false,
          footerInContent: false,
          footerAfterContent: true,
          headerVisible: true,
          footerVisible: true,
        });
      });
    },
  );

  test.each(pages)('should forbid inline script with a CSP meta on %s', async (path) => {
    await open(path, async (page) => {
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/(?:^|;)\s*script-src 'none'(?:;|$)/);
      expect(await page.locator('head meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    });
  });

  test('should show every paragraph after nested forms, with no form left', async () => {
    await open('articles/nested-forms/', async (page) => {
      const body = page.locator('.article-body');
      const text = await body.innerText();
      for (let i = 0; i <= 5; i++) expect(text).toContain(`NF-${i}`);
      expect(await body.locator('form, input, math, style').count()).toBe(0);
    });
  });

  test('should keep the page narrow, plant no microdata and hide no text of the content', async () => {
    await open('articles/escapes/', async (page) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 700 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      }
      expect(await page.locator('[itemscope], [itemtype], [itemprop]').count()).toBe(0);
      for (const text of ['HIDDEN-HEADING', 'HIDDEN-LABEL', 'WIDE-CELL', 'PLANTED-HEADLINE']) {
        const box = await page.getByText(text).boundingBox();
        expect(box?.width ?? 0, text).toBeGreaterThan(20);
      }
    });
  });

  test('should show the hostile frontmatter as text', async () => {
    await open('articles/frontmatter/', async (page) => {
      await expect(page.locator('h1').textContent()).resolves.toContain(
        `</title><script>alert('title')</script>`,
      );
      await expect(page.title()).resolves.toContain(`</title><script>alert('title')</script>`);
      await expect(page.locator('.dek').textContent()).resolves.toContain(`<script>alert('dek')</script>`);
      await expect(page.locator('.credit').textContent()).resolves.toContain(
        `<script>alert('credit')</script>`,
      );
      await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toContain(
        `<script>alert('description')</script>`,
      );
    });
  });
  test("should print prose that spells Astro's picture marker as it reads, beside the picture", async () => {
    await open('articles/picture-marker/', async (page) => {
      const body = page.locator('.article-body');
      await expect(body.textContent()).resolves.toContain('The text __ASTRO_IMAGE_="not a picture" sits');
      await expect(body.textContent()).resolves.toContain('__ASTRO_IMAGE_="{&quot;src&quot;');
      // The picture is lazy: it loads once near the window, not by the load event.
      const img = body.locator('picture img');
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : -1)))
        .toBe(96);
    });
  });
});

describe('in-page links with prefixed ids, in Chromium', () => {
  test.each([
    ['a footnote reference', 'sup a[data-footnote-ref]', 'user-content-fn-alert', 'The note'],
    ['a link to a heading', 'a[href$="location"]', 'user-content-location', 'location'],
    ['a footnote back-reference', 'a[data-footnote-backref]', 'user-content-fnref-alert', '1'],
  ])('should land on the target of %s', async (_name, selector, targetId, targetText) => {
    await open('articles/clobbering/', async (page) => {
      // A small window, so that following a link has to scroll.
      await page.setViewportSize({ width: 800, height: 200 });
      if (selector.includes('backref')) await page.locator('sup a[data-footnote-ref]').click();
      await page.locator(selector).first().click();
      const target = await page.evaluate(() => {
        const id = decodeURIComponent(location.hash.slice(1));
        const el = document.getElementById(id);
        if (!el) return { id, text: null, inView: false };
        const box = el.getBoundingClientRect();
        return { id, text: el.textContent, inView: box.top >= -1 && box.top < window.innerHeight };
      });
      expect(target.id).toBe(targetId);
      expect(target.text).toContain(targetText);
      expect(target.inView).toBe(true);
    });
  });
});

describe('names and slugs on the hostile site', () => {
  const page = (path: string) => fromHtml(readFileSync(join(dir, path), 'utf8'));
  /** The local links of an article page to tag and publisher pages, as files of the built site. */
  const groupLinks = (slug: string) =>
    elements(page(`articles/${slug}/index.html`))
      .filter((el) => el.tagName === 'a')
      .map((el) => String(el.properties['href'] ?? ''))
      // Links to one tag's or publisher's page, not to the lists of them all.
      .filter((href) => /(?:^|\/)(?:tags|publishers)\/[^/]+\//.test(href) && !/^[a-z]+:/.test(href))
      .map((href) => {
        const path = join(dirname(`articles/${slug}/index.html`), decodeURIComponent(href));
        return href.endsWith('/') ? join(path, 'index.html') : path;
      });

  test.each(ARTICLES)('should link the tags and publisher of %s by bounded ASCII slugs', (slug) => {
    for (const link of groupLinks(slug)) {
      const segment = link.split('/')[1] ?? '';
      expect(segment).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(segment.length).toBeLessThanOrEqual(70);
    }
  });

  test('should still list a tag and a publisher at their old addresses, every script kept', () => {
    for (const old of ['tags/交通', 'tags/le-progrès']) {
      expect(readFileSync(join(dir, old, 'index.html'), 'utf8'), old).toContain('Control characters');
    }
    expect(readFileSync(join(dir, 'publishers/café-times/index.html'), 'utf8')).toContain(
      'The same publisher, spelled in NFD',
    );
  });

  test.each(ARTICLES)('should link the tags and publisher of %s to pages that exist', (slug) => {
    const links = groupLinks(slug);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(dir, link)), link).toBe(true);
  });

  test('should list the NFC and NFD spellings of a publisher and a tag on one page each', () => {
    const nfc = groupLinks('invisible-names');
    const nfd = groupLinks('normalization');
    for (const kind of ['publishers', 'tags']) {
      // Linked twice (the kicker and the list of tags; the header and the provenance), to one page.
      const shared = [...new Set(nfd.filter((link) => link.startsWith(`${kind}/`)))];
      expect(shared).toHaveLength(1);
      expect(nfc).toContain(shared[0]);
      const listed = readFileSync(join(dir, shared[0] ?? ''), 'utf8');
      expect(listed).toContain('The same publisher, spelled in NFD');
      expect(listed).toContain('Control characters');
    }
  });

  test('should show a title without its control characters', () => {
    const html = readFileSync(join(dir, 'articles/invisible-names/index.html'), 'utf8');
    expect(html).toContain('Control characters[31m in a title');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
