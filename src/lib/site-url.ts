/**
 * Absolute URLs, for the few places whose protocols demand them (canonical, Open Graph, feeds,
 * sitemap, JSON-LD). They come from `SITE_URL`, path included; without it there are none, since
 * a guessed absolute URL would be wrong wherever the site is actually put.
 */

/** The site's address as a folder URL (`https://example.org/news/`), or `undefined`. */
export function siteRoot(site: string | URL | undefined): URL | undefined {
  if (site === undefined || site === '') return undefined;
  const url = new URL(site);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * The absolute URL of a page of the site from its path from the root (`articles/x/`, a leading
 * `/` is ignored), or `undefined` without a site address.
 */
export function absoluteUrl(path: string, site: string | URL | undefined): string | undefined {
  const root = siteRoot(site);
  return root ? new URL(path.replace(/^\/+/, ''), root).href : undefined;
}
