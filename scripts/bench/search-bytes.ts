/**
 * What one search costs a reader: the built site is served on loopback, the search page is
 * opened in Chromium with an empty cache and a query in its address, and every response is
 * counted until the results are shown. Index files (Pagefind's entry, meta, index chunks and
 * result fragments, our shard list) are counted apart from the search library (scripts and
 * WebAssembly, the same for any archive). Scripts count gzipped, as any host sends them; Pagefind's
 * own files are already compressed.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/support/browser';
import { serveStatic } from '../../tests/support/server';

export interface SearchCost {
  query: string;
  /** Bytes of search index fetched (gzip where a host would compress). */
  indexBytes: number;
  /** Bytes of Pagefind's scripts and WebAssembly. */
  libraryBytes: number;
  requests: number;
  /** Whether `expect` (an article path) is among the results shown. */
  found: boolean;
  results: number;
}

const INDEX = /\.(pf_meta|pf_index|pf_fragment|pf_filter)$|pagefind-entry\.json$|\/pagefind\/[^/]*\.json$/;

/** Runs each query in a fresh browser context against the site in `dist`. */
export async function searchCosts(
  dist: string,
  queries: Array<{ query: string; expect: string }>,
): Promise<SearchCost[]> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const costs: SearchCost[] = [];
    for (const { query, expect } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let indexBytes = 0;
      let libraryBytes = 0;
      let requests = 0;
      const counted: Promise<void>[] = [];
      page.on('response', (response) => {
        const url = response.url();
        if (!url.includes('/pagefind/')) return;
        requests++;
        counted.push(
          response.body().then(
            (body) => {
              const bytes = /\.(m?js|json)$/.test(url) ? gzipSync(body).length : body.length;
              if (INDEX.test(url)) indexBytes += bytes;
              else libraryBytes += bytes;
            },
            () => undefined,
          ),
        );
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () => {
          const status = document.querySelector('#search-status')?.textContent ?? '';
          return /found|could not/i.test(status);
        },
        undefined,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      await Promise.all(counted);
      const links = await page.$$eval('#search-results a', (anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      costs.push({
        query,
        indexBytes,
        libraryBytes,
        requests,
        found: links.some((path) => path.includes(expect)),
        results: links.length,
      });
      await context.close();
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}
