/**
 * What the reader tests measure in the browser: which articles a site has, how many characters a
 * line of text holds, and whether colours read well. Functions passed to `page.evaluate` run in
 * the page, so they use only browser APIs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isDraftName, slugFromEntry } from '../../src/lib/slugs';
import { projectRoot } from '../support/build';

/** The slugs of the published articles in a content folder (relative to the project root). */
export function publishedSlugs(content: string): string[] {
  const dir = join(projectRoot, content, 'articles');
  const slugs: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (isDraftName(entry.name)) continue;
    const slug = slugFromEntry(entry.isDirectory() ? `${entry.name}/index.md` : entry.name);
    if (slug) slugs.push(slug);
  }
  return slugs.sort();
}

/** One page of a list as a reader sees it: its articles and their dates, and where it says it is. */
export interface ListPage {
  /** The page's heading, `Articles, page 3`, or none (the front page's is the masthead). */
  heading: string | null;
  /** What the page links say between "Newer" and "Older", `Articles from … to …`. */
  span: string | null;
  slugs: Array<string | undefined>;
  dates: string[];
}

/** Every page of the article list, from the home page through each "Older" link. */
export async function readArticleList(page: Page): Promise<ListPage[]> {
  const pages: ListPage[] = [];
  for (;;) {
    const heading = page.locator('h1.page-title');
    const nav = page.locator('nav.pagination > :nth-child(2)');
    pages.push({
      heading: (await heading.count()) ? await heading.textContent() : null,
      span: (await nav.count()) ? await nav.textContent() : null,
      slugs: (
        await page
          .locator('.article-list h2 a')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
      ).map(slugOfHref),
      dates: await page
        .locator('.article-list .card-meta time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? '')),
    });
    const older = page.locator('nav.pagination a[rel="next"]');
    if ((await older.count()) === 0 || pages.length > 100) return pages;
    await older.click();
  }
}

/** The slug an article link points to, whatever form (absolute, relative, `index.html`) it takes. */
export function slugOfHref(href: string): string | undefined {
  return /\/articles\/([^/]+)\/(?:index\.html)?$/.exec(new URL(href).pathname)?.[1];
}

/**
 * Characters on each full line of the matched elements (a paragraph's last line is left out: it
 * is as short as the sentence makes it). A new line starts where a character's box drops by more
 * than half a line, so superscripts do not count as lines.
 */
export function charactersPerLine(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    const counts: number[] = [];
    const range = document.createRange();
    for (const block of document.querySelectorAll(sel)) {
      const half = parseFloat(getComputedStyle(block).lineHeight) / 2;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let lineTop: number | undefined;
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue; // collapsed whitespace
          if (lineTop === undefined) lineTop = rect.top;
          else if (rect.top - lineTop > half) {
            counts.push(count);
            count = 0;
            lineTop = rect.top;
          }
          count++;
        }
      }
    }
    return counts;
  }, selector);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** WCAG 2 contrast ratio of two `rgb()`/`rgba()` colours as `getComputedStyle` reports them. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string): number => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
