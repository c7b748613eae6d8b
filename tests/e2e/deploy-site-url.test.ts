/**
 * Absolute URLs come only from SITE_URL, with its path. Without it the build still succeeds,
 * warns once, and leaves canonical links and og:url out rather than guessing them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectLeadsHome, launchBrowser } from '../support/browser';
import { type BuildResult, buildSite } from '../support/build';
import { crawlSite, describeLinks } from '../support/crawl';
import { serveWithNginx } from '../support/nginx';
import { outputRoot } from '../support/sites';

const CONTENT = 'tests/fixtures/sites/deploy';
const WARNING = 'SITE_URL is not set';

async function build(name: string, siteUrl: string): Promise<BuildResult> {
  const outDir = join(outputRoot, name);
  const result = await buildSite({
    content: CONTENT,
    outDir,
    env: { SITE_URL: siteUrl, BROADSHEET_CACHE: join(outputRoot, '.cache', name) },
  });
  if (result.code !== 0) throw new Error(`Build failed:\n${result.output}`);
  return result;
}

const page = (name: string, path: string) => readFile(join(outputRoot, name, path), 'utf8');
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

let withSite: BuildResult;
let withoutSite: BuildResult;

beforeAll(async () => {
  withSite = await build('deploy-with-site-url', 'https://example.org/news');
  withoutSite = await build('deploy-without-site-url', '');
});

describe('with SITE_URL under a path', () => {
  test.each([
    ['index.html', 'https://example.org/news/'],
    ['articles/first/index.html', 'https://example.org/news/articles/first/'],
    ['articles/second/index.html', 'https://example.org/news/articles/second/'],
  ])('%s should have og:url %s and an absolute canonical address', async (path, expected) => {
    const html = await page('deploy-with-site-url', path);
    expect(attribute(html, /<meta property="og:url" content="([^"]*)"/)).toBe(expected);
    // An article's canonical address may be its original (the sharing code decides): absolute either way.
    expect(attribute(html, /<link rel="canonical" href="([^"]*)"/)).toMatch(/^https:\/\//);
  });

  test('should give the home page its address under the path as canonical', async () => {
    const html = await page('deploy-with-site-url', 'index.html');
    expect(attribute(html, /<link rel="canonical" href="([^"]*)"/)).toBe('https://example.org/news/');
  });

  test('should give the 404 page no canonical address, since it is served at others', async () => {
    expect(await page('deploy-with-site-url', '404.html')).not.toContain('rel="canonical"');
  });

  test('should keep every link working at the root and under a sub-path, feeds included', async () => {
    const server = await serveWithNginx(join(outputRoot, 'deploy-with-site-url'));
    try {
      for (const base of [server.rootUrl, server.mirrorUrl]) {
        const links = await crawlSite(base);
        expect(describeLinks(links.filter((link) => link.state === 'BROKEN'))).toEqual([]);
        expect(links.some((link) => link.url === `${base}rss.xml` && link.state === 'OK')).toBe(true);
      }
    } finally {
      await server.close();
    }
  });

  test("should let the 404 page take its root from SITE_URL's path, asking no other folder", async () => {
    const server = await serveWithNginx(join(outputRoot, 'deploy-with-site-url'), '/news/');
    const browser = await launchBrowser();
    try {
      const missing = `${server.mirrorUrl}no/such/deep/page/`;
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        // The browser reports the missing page itself; that one is the point of the page.
        if (message.type() === 'error' && message.location().url !== missing) errors.push(message.text());
      });
      await page.goto(missing, { waitUntil: 'networkidle' });
      await expectLeadsHome(page, `${server.mirrorUrl}index.html`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test('should not warn', () => {
    expect(withSite.output).not.toContain(WARNING);
  });

  test('should still link pages to each other relatively', async () => {
    const html = await page('deploy-with-site-url', 'articles/first/index.html');
    expect(html).toContain('href="../second/index.html"');
    expect(html).not.toMatch(/(href|src)="\/(?!\/)/);
  });
});

describe('without SITE_URL', () => {
  test('should warn exactly once', () => {
    expect(withoutSite.output.split(WARNING).length - 1).toBe(1);
  });

  test.each([['index.html'], ['articles/first/index.html']])(
    '%s should have no absolute URL of its own',
    async (path) => {
      const html = await page('deploy-without-site-url', path);
      expect(html).not.toContain('rel="canonical"');
      expect(html).not.toContain('og:url');
      expect(html).not.toMatch(/(href|src|srcset|content)="\/(?!\/)/);
    },
  );
});
