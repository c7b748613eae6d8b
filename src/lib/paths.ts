/**
 * Site-internal URLs. Pages write them root-relative (`/articles/x/`); after the build, the
 * portable-build integration (src/integrations/portable) rewrites every internal URL in the
 * HTML and CSS to be relative to its page, so `dist/` works at any address and from disk.
 */
import { absoluteUrl } from './site-url';

const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** The URL of a page of the site, from a path relative to its root (`articles/x/`). */
export function sitePath(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The URL of an article page. */
export function articlePath(slug: string): string {
  return sitePath(`articles/${slug}/`);
}

/**
 * The absolute URL of a page of the site (`articles/x/`) from `SITE_URL`, or `undefined` when it
 * is not set. Only for canonical links, Open Graph, feeds, the sitemap and JSON-LD.
 */
export function siteUrl(path = ''): string | undefined {
  return absoluteUrl(path, import.meta.env.SITE);
}
