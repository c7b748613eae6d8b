/**
 * `npm run dev` serves what `npm run build` makes: every page, feed and card of a build (with
 * SITE_URL, so feeds and cards exist) answers in the dev server with the same status and type,
 * and pages look as they do built (styled, nothing refused by the CSP) in Chromium.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../src/integrations/files';
import { launchBrowser, watchProblems } from '../support/browser';
import { buildSite } from '../support/build';
import { type DevServer, startDevServer } from '../support/dev-server';
import { outputRoot } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const SITE_URL = 'https://example.org/news/';
const dir = join(outputRoot, 'dev-parity');
let dev: DevServer | undefined;

beforeAll(async () => {
  const built = await buildSite({
    content: 'samples',
    outDir: dir,
    // As from a shell that exports NODE_ENV=development: Astro then builds with `DEV` true.
    env: { SITE_URL, BROADSHEET_CACHE: join(outputRoot, '.cache', 'dev-parity'), NODE_ENV: 'development' },
  });
  if (built.code !== 0) throw new Error(`Build failed:\n${built.output.slice(-4000)}`);
  dev = await startDevServer({
    SITE_URL,
    BROADSHEET_CONTENT: 'samples',
    BROADSHEET_CACHE: join(outputRoot, '.cache', 'dev-server'),
  });
}, TIMEOUTS.build);

afterAll(async () => {
  await dev?.stop();
}, TIMEOUTS.browser);

/** The media type a static host gives a file of the build, by its extension. */
const TYPES: Record<string, string> = {
  html: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  webmanifest: 'application/json',
};

/** A media type without parameters; `application/…+json` and `…+xml` (feeds) read as JSON and XML. */
function essence(type: string | null): string {
  const bare = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (/^application\/.+\+json$/.test(bare)) return 'application/json';
  if (/^application\/.+\+xml$/.test(bare) || bare === 'text/xml') return 'application/xml';
  return bare;
}

/** The address of a built file: folders for `index.html`. */
function addressOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

describe('npm run dev', () => {
  test(
    'should serve every page, feed and card the build makes, with the same type',
    async () => {
      const server = dev as DevServer;
      // The search index and bundles are made by the build alone; 404 pages are tested below.
      const files = (await listFiles(dir)).filter(
        (file) => !/^(pagefind|_astro)\//.test(file) && !/^(ipfs-)?404\.html$/.test(file),
      );
      expect(files).toEqual(
        expect.arrayContaining(['index.html', 'search/index.html', 'rss.xml', 'feed.json']),
      );
      const wrong: string[] = [];
      for (const file of files.sort()) {
        const response = await fetch(new URL(addressOf(file), server.url));
        const type = essence(response.headers.get('content-type'));
        const expected = TYPES[file.split('.').pop() ?? ''];
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200 || type !== expected) {
          wrong.push(`${file}: ${response.status} ${type}, built as ${expected}`);
        } else if (type === 'text/html') {
          const built = titleOf(await readFile(join(dir, file), 'utf8'));
          const served = titleOf(body.toString('utf8'));
          if (served !== built) wrong.push(`${file}: title "${served}", built "${built}"`);
        }
      }
      expect(wrong, server.output().slice(-3000)).toEqual([]);
    },
    TIMEOUTS.browser,
  );

  test('should leave the built pages’ CSP strict, whatever NODE_ENV says', async () => {
    const page = await readFile(join(dir, 'articles/city-council-backs-night-trams/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });

  test(
    'should answer a missing address with the 404 page',
    async () => {
      const response = await fetch(new URL('no/such/page/', (dev as DevServer).url));
      expect(response.status).toBe(404);
      await expect(response.text()).resolves.toContain('Page not found');
    },
    TIMEOUTS.browser,
  );

  test(
    'should show pages styled, with nothing refused, and say where search works (Chromium)',
    async () => {
      const server = dev as DevServer;
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const problems = watchProblems(page);
        for (const path of ['', 'articles/city-council-backs-night-trams/', 'tags/', 'search/']) {
          await page.goto(new URL(path, server.url).href, {
            waitUntil: 'networkidle',
            timeout: TIMEOUTS.browser,
          });
          const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
          expect(font, path).not.toMatch(/^"?Times New Roman"?$/);
        }
        await expect(page.locator('#search-status').textContent()).resolves.toContain('npm run build');
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    TIMEOUTS.browser,
  );
});
