/**
 * Pictures as a reader's browser gets them, on the real site's sample articles: modern formats at
 * the right size, nothing shifting while they load, lazy body images, captions and credits tied
 * to their figures, no request leaving the host, and no camera metadata in what is published.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { projectRoot } from '../support/build';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';

const HARBOUR = 'articles/harbour-fog-strands-morning-ferries/';
const TRAMS = 'articles/city-council-backs-night-trams/';
const SEED = 'articles/kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(siteDir('main'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * Opens a page with images served 300 ms late (so that anything without reserved space would
 * shift), recording every request and the layout shifts, and runs `use`.
 */
async function visit<T>(path: string, use: (v: Visit) => Promise<T>, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route(/\.(avif|webp|jpe?g|png)$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    // Article pages ship no script; the observer is the test's own, added through DevTools.
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{
          value: number;
          hadRecentInput: boolean;
        }>) {
          if (!entry.hadRecentInput) w.cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1) as unknown as { element: Element | null } | undefined;
        (window as unknown as { lcp: string }).lcp = last?.element?.closest('figure')?.className ?? 'other';
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(server.url + path, { waitUntil: 'load' });
    return await use({ page, requests });
  } finally {
    await context.close();
  }
}

/** Scrolls to the bottom in steps, so lazy images load, and waits until every image is decoded. */
async function readToTheEnd(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  });
}

/** An image element's attributes, and the size in pixels of the file the browser chose. */
async function imageState(page: Page, selector: string) {
  const state = await page.locator(selector).evaluate((img: HTMLImageElement) => ({
    url: img.currentSrc,
    width: img.getAttribute('width'),
    height: img.getAttribute('height'),
    loading: img.getAttribute('loading'),
    decoding: img.getAttribute('decoding'),
    fetchPriority: img.getAttribute('fetchpriority'),
  }));
  // naturalWidth is scaled by the srcset density; the file itself says what was sent.
  const file = join(siteDir('main'), decodeURIComponent(new URL(state.url).pathname));
  const { width: fileWidth, height: fileHeight, format } = await sharp(file).metadata();
  return { ...state, fileWidth, fileHeight, format };
}

describe('the lead image', () => {
  test.each([
    ['a desktop screen', { width: 1280, height: 900 }, 1, 800],
    ['a desktop 2x screen', { width: 1280, height: 900 }, 2, 1600],
    ['a phone', { width: 390, height: 800 }, 1, 400],
  ])(
    'should arrive as AVIF at the width that fills the column on %s',
    async (_name, viewport, scale, width) => {
      const lead = await visit(HARBOUR, ({ page }) => imageState(page, '.lead-image img'), {
        viewport,
        deviceScaleFactor: scale,
      });
      expect(lead.format).toBe('heif');
      expect(lead.url).toMatch(/\.avif$/);
      expect(lead.fileWidth).toBe(width);
      // The photo's 3:2 shape, give or take the rounding of a pixel.
      expect(Math.abs((lead.fileHeight ?? 0) - (width * 2) / 3)).toBeLessThanOrEqual(1);
    },
  );

  test('should declare its size, load eagerly and at high priority', async () => {
    const lead = await visit(HARBOUR, ({ page }) => imageState(page, '.lead-image img'));
    // The 1800 × 1200 photo is published at most 1600 wide: the size of that file, same shape.
    expect(lead).toMatchObject({ width: '1600', height: '1067', loading: 'eager', fetchPriority: 'high' });
  });

  test('should be the largest thing painted', async () => {
    const lcp = await visit(HARBOUR, async ({ page }) => {
      await page.locator('.lead-image img').evaluate((img: HTMLImageElement) => img.decode());
      return page.evaluate(() => (window as unknown as { lcp: string }).lcp);
    });
    expect(lcp).toBe('lead-image');
  });

  test('should offer AVIF, then WebP, then a JPEG fallback', async () => {
    const types = await visit(HARBOUR, ({ page }) =>
      page.locator('.lead-image picture').evaluate((picture) => ({
        sources: [...picture.querySelectorAll('source')].map((s) => s.type),
        fallback: picture.querySelector('img')?.getAttribute('src') ?? '',
      })),
    );
    expect(types.sources).toEqual(['image/avif', 'image/webp']);
    expect(types.fallback).toMatch(/\.jpg$/);
  });
});

describe('reading an article with pictures', () => {
  test.each([HARBOUR, TRAMS])('should not shift the layout while images load (%s)', async (path) => {
    const cls = await visit(path, async ({ page }) => {
      await readToTheEnd(page);
      return page.evaluate(() => (window as unknown as { cls: number }).cls);
    });
    expect(cls).toBe(0);
  });

  test.each([HARBOUR, TRAMS, SEED, ''])('should request nothing from another host (/%s)', async (path) => {
    const requests = await visit(path, async ({ page, requests }) => {
      await readToTheEnd(page);
      return requests;
    });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
  });

  test.each([
    ['a 1200 px photo, drawn across the column', HARBOUR, { width: '1200', height: '800', fileWidth: 800 }],
    ['a 640 px chart, never upscaled', TRAMS, { width: '640', height: '400', fileWidth: 640 }],
  ])('should load %s lazily and asynchronously, as AVIF', async (_name, path, expected) => {
    const image = await visit(path, async ({ page }) => {
      await readToTheEnd(page);
      return imageState(page, '.body-image img');
    });
    expect(image).toMatchObject({ loading: 'lazy', decoding: 'async', format: 'heif', ...expected });
  });

  test('should keep an image from the web as a link, not a picture', async () => {
    const link = await visit(TRAMS, ({ page }) =>
      page.locator('.article-body a.offsite-image').evaluate((a) => ({
        text: a.textContent,
        href: a.getAttribute('href'),
        images: a.querySelectorAll('img').length,
      })),
    );
    expect(link).toEqual({
      text: 'Map of the night network',
      href: 'https://example.com/sample/night-network.png',
      images: 0,
    });
  });
});

describe('captions and credits', () => {
  test.each([
    ['the lead photo', HARBOUR, '.lead-image', /^The 7:30 ferry waits/, 'Photo: Broadsheet sample photo'],
    [
      'a body photo',
      HARBOUR,
      '.body-image',
      /^Passengers queue in the terminal/,
      'Photo: Broadsheet sample photo',
    ],
    [
      'a body chart',
      TRAMS,
      '.body-image',
      /^Departures from the central stop/,
      'Chart: Broadsheet sample chart',
    ],
  ])(
    'should show the caption and credit of %s inside its figure, named by them',
    async (_name, path, figure, caption, credit) => {
      const seen = await visit(path, async ({ page }) => {
        const fig = page.locator(`figure${figure}`);
        return {
          caption: await fig.locator('figcaption .caption').innerText(),
          credit: await fig.locator('figcaption .credit').innerText(),
          visible: await fig.locator('figcaption').isVisible(),
          // The accessible name screen readers announce for the figure comes from its figcaption.
          named: await page.getByRole('figure', { name: caption }).count(),
        };
      });
      expect(seen.caption).toMatch(caption);
      expect(seen.credit.toLowerCase()).toBe(credit.toLowerCase());
      expect(seen.visible).toBe(true);
      expect(seen.named).toBe(1);
    },
  );

  test('should keep inline Markdown in a caption, sanitized', async () => {
    const caption = await visit(TRAMS, ({ page }) => page.locator('.lead-image .caption').innerHTML());
    expect(caption).toContain('<a href="https://example.com/sample/timetable"');
    expect(caption).not.toMatch(/<script|on\w+=/i);
  });

  test('should tell of a lost photo in the provenance block, not as an empty frame before the text', async () => {
    const lost = await visit(SEED, async ({ page }) => ({
      figures: await page.locator('figure.lead-image').count(),
      media: await page.locator('.article-header ~ :is(figure, picture, img)').count(),
      note: (await page.locator('.provenance .lost-photo').innerText()).replace(/\s+/g, ' '),
    }));
    expect(lost).toEqual({ figures: 0, media: 0, note: 'Not kept in this copy. PHOTO: KCNA' });
  });
});

describe('published image files', () => {
  test('should carry no EXIF or GPS metadata, though the source photo does', async () => {
    const source = await sharp(join(projectRoot, 'samples', HARBOUR, 'harbour.jpg')).metadata();
    expect(source.exif?.length ?? 0).toBeGreaterThan(0);

    const dist = siteDir('main');
    const images = (await readdir(dist, { recursive: true })).filter((name) =>
      /\.(avif|webp|jpe?g|png)$/.test(name),
    );
    expect(images.filter((name) => name.startsWith('_astro/harbour.')).length).toBeGreaterThanOrEqual(12);
    for (const name of images) {
      const { exif, xmp, iptc } = await sharp(join(dist, name)).metadata();
      expect({ name, exif, xmp, iptc }).toEqual({ name, exif: undefined, xmp: undefined, iptc: undefined });
    }
  });
});
