/**
 * One built site, served by nginx at the root of a host and under `/mirror/deep/path/`: every
 * page reachable from the home page, and every link, stylesheet and image on it, must resolve.
 * The 404 page must work at any missing address, styled, with its links leading home.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectLeadsHome, launchBrowser } from '../support/browser';
import { crawlSite, describeLinks } from '../support/crawl';
import { hasNginx, type NginxSite, serveWithNginx } from '../support/nginx';
import { siteDir } from '../support/sites';

// The real site (pictures, many pages) and a fixture whose articles link to each other.
const SITES = ['main', 'deploy'] as const;
const PLACES = ['rootUrl', 'mirrorUrl'] as const;

const servers = new Map<string, NginxSite>();
let browser: Browser;

beforeAll(async () => {
  if (!hasNginx) throw new Error('nginx is needed: apt-get install nginx (see docs/deploy.md)');
  for (const site of SITES) servers.set(site, await serveWithNginx(siteDir(site)));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

/** The site's pages as built, as paths from its root (`articles/x/index.html`), 404 pages aside. */
async function builtPages(site: string): Promise<string[]> {
  const files = await readdir(siteDir(site), { recursive: true });
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !file.endsWith('404.html'))
    .sort();
}

describe.each(SITES)('the %s site served by nginx', (site) => {
  test.each(PLACES)('should have no broken internal link or asset at %s', async (place) => {
    const base = servers.get(site)?.[place] ?? '';
    const links = await crawlSite(base);
    const checked = links.filter((link) => link.state !== 'SKIPPED');
    const broken = links.filter((link) => link.state === 'BROKEN');
    console.info(
      `${site} at ${new URL(base).pathname}: ${checked.length} links checked, ${broken.length} broken`,
    );
    expect(describeLinks(broken)).toEqual([]);
    // Every page was reached from the home page, each by its relative address.
    const reached = new Set(
      checked
        .filter((link) => link.url.startsWith(base) && link.url.endsWith('.html'))
        .map((link) => link.url.slice(base.length)),
    );
    expect([...reached].sort()).toEqual(await builtPages(site));
    expect(checked.some((link) => link.url.endsWith('.css'))).toBe(true);
  });
});

test('should ship ipfs-404.html, the 404 page IPFS gateways look for, as a copy of 404.html', async () => {
  const [page, ipfs] = await Promise.all(
    ['404.html', 'ipfs-404.html'].map((name) => readFile(join(siteDir('main'), name), 'utf8')),
  );
  expect(ipfs).toBe(page);
});

describe.each(PLACES)('the 404 page at a missing address (%s)', (place) => {
  test('should be styled and lead home', async () => {
    const base = servers.get('main')?.[place] ?? '';
    const page = await browser.newPage();
    // The script's probes for the root (`…/404.html`) may fail; nothing else may.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Refused|Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('requestfailed', (request) => {
      if (!request.url().endsWith('/404.html')) problems.push(`failed: ${request.url()}`);
    });
    const bodyStyle = () => {
      const style = getComputedStyle(document.body);
      return [style.fontFamily, style.margin, style.lineHeight].join(' | ');
    };
    // Until the network is idle: the home page's favicon must not be cut off by the next visit.
    await page.goto(`${base}index.html`, { waitUntil: 'networkidle' });
    const homeStyle = await page.evaluate(bodyStyle);
    const response = await page.goto(`${base}no/such/deep/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    // The stylesheet is inlined, so it applies even this deep, exactly as on the home page.
    await expect(page.evaluate(bodyStyle)).resolves.toBe(homeStyle);
    await expectLeadsHome(page, `${base}index.html`);
    const home = page.locator('main a').first();
    // Every other link of the page (masthead, footer) leads to a page that exists, too.
    const hrefs = await page
      .locator('a[href]:not([href^="#"])')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      expect(href.startsWith(base), href).toBe(true);
      expect((await fetch(href)).status, href).toBe(200);
    }
    await home.click();
    await page.waitForURL(`${base}index.html`);
    // The front page's heading is the masthead.
    await expect(page.locator('h1').textContent()).resolves.toBe('Broadsheet');
    expect(problems).toEqual([]);
    await page.close();
  });
});

// A miss in one of the site's sections, at depth, and one anywhere on a site at a host's root.
type Place = (typeof PLACES)[number];
const DEEP_MISSES: Array<[Place, string]> = [
  ...PLACES.flatMap((place) => [
    [place, 'articles/no-such-article/'] as [Place, string],
    [place, 'tags/no-such-tag/page/2/'] as [Place, string],
  ]),
  ['rootUrl', 'no/such/deep/page/'],
  ['rootUrl', 'old/2019/05/story.html'],
];

describe('the 404 page at depth', () => {
  test.each(DEEP_MISSES)('should log no console error at %s for %s, and lead home', async (place, path) => {
    const base = servers.get('main')?.[place] ?? '';
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      // The browser reports the missing page itself; that one is the point of the page.
      if (message.type() === 'error' && message.location().url !== `${base}${path}`) {
        errors.push(`${message.text()} (${message.location().url})`);
      }
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await expectLeadsHome(page, `${base}index.html`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('should never ask another host, whatever the path names', async () => {
    const base = servers.get('main')?.rootUrl ?? '';
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Refused|Content.Security.Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) problems.push(`asked: ${request.url()}`);
    });
    await page.goto(`${base}/evil.example/a/b/`, { waitUntil: 'networkidle' });
    expect(page.url()).toBe(`${base}/evil.example/a/b/`);
    await expectLeadsHome(page, `${base}index.html`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
