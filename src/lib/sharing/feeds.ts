/** The site's feeds: where they are and how many articles they carry. */
import { siteRoot } from '../site-url';

/** Recent articles per feed, in full: enough for a reader that polls daily, small enough to fetch. */
export const FEED_SIZE = 30;

export const FEEDS = [
  { path: 'rss.xml', type: 'application/rss+xml', name: 'RSS' },
  { path: 'feed.json', type: 'application/feed+json', name: 'JSON Feed' },
] as const;

/** Feeds and the sitemap need absolute URLs: they exist only when the site's address is known. */
export function hasSiteAddress(site: string | URL | undefined = import.meta.env.SITE): boolean {
  return siteRoot(site) !== undefined;
}
