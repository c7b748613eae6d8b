/**
 * Size budgets per page type, on the built site: bytes are deterministic, time is not. An
 * article page renders in one round trip: no JavaScript, HTML + CSS within 14 KB compressed.
 * The search page is the only one with a script of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pageBytes } from '../../scripts/bench/page-bytes';
import { siteDir } from '../support/sites';

const dist = siteDir('main');
const firstTag = readdirSync(join(dist, 'tags'), { withFileTypes: true }).find((e) => e.isDirectory())?.name;

const BUDGETS = [
  {
    type: 'article (the seed)',
    page: 'articles/kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626/index.html',
    htmlAndCss: 14_000,
    js: 0,
  },
  { type: 'home', page: 'index.html', htmlAndCss: 20_000, js: 0 },
  { type: 'tag', page: `tags/${firstTag}/index.html`, htmlAndCss: 20_000, js: 0 },
  { type: 'not found', page: '404.html', htmlAndCss: 8_000, js: 2_000 },
  // Its own script only: Pagefind's files load when the reader searches.
  { type: 'search', page: 'search/index.html', htmlAndCss: 10_000, js: 4_000 },
];

test.each(BUDGETS)('the $type page stays within its budget (gzip)', ({ page, htmlAndCss, js }) => {
  const bytes = pageBytes(dist, join(dist, page));
  expect(bytes.html.gzip + bytes.css.gzip).toBeLessThanOrEqual(htmlAndCss);
  expect(bytes.js.gzip).toBeLessThanOrEqual(js);
});

// After </html> is not HTML: Astro writes a page's script where the page places it.
test.each(BUDGETS)('the $type page ends with </html>', ({ page }) => {
  expect(readFileSync(join(dist, page), 'utf8').trimEnd()).toMatch(/<\/html>$/);
});
