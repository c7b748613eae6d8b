/** Crawls a served site from its home page with linkinator, offline: loopback links only. */
import { LinkChecker, type LinkResult } from 'linkinator';
import { TIMEOUTS } from './timeouts';

export async function crawlSite(start: string): Promise<LinkResult[]> {
  const result = await new LinkChecker().check({
    path: start,
    recurse: true,
    checkCss: true,
    concurrency: 8,
    // A request to a loopback server may wait on a busy machine (tests/support/timeouts.ts).
    timeout: TIMEOUTS.browser,
    // Off-site links (the originals' addresses, SITE_URL) are not followed; every loopback one is.
    linksToSkip: async (link) => !link.startsWith('http://127.0.0.1:'),
  });
  return result.links;
}

/** Broken links as readable lines: status, address, and the page that has them. */
export function describeLinks(links: LinkResult[]): string[] {
  return links.map((link) => `${link.status ?? '-'} ${link.url} (on ${link.parent ?? 'start'})`);
}
