/**
 * Slugs for imported articles: the last segment of the original URL when it names the article,
 * else the headline; either way by the site's one slug rule (../lib/slugs.ts), so every article
 * gets a readable ASCII slug that stays the same on re-import.
 */
import { isSlug, toSlug } from '../lib/slugs';

// Last path segments that say nothing about the article.
const GENERIC = new Set(['index', 'article', 'story', 'news', 'amp', 'default', 'content', 'print']);

/** The slug an address gives an article, or `undefined` when its last segment is an id or generic. */
export function slugFromUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
  const last = segments.at(-1);
  if (last === undefined) return undefined;
  let segment: string;
  try {
    segment = decodeURIComponent(last);
  } catch {
    segment = last;
  }
  segment = segment.replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '');
  const slug = toSlug(segment, 120);
  const letters = slug.replace(/[^a-z]/g, '').length;
  // A readable slug has words: `a89626` or `12345` alone is an id, not a name.
  if (letters < 6 || !slug.includes('-') || GENERIC.has(slug)) return undefined;
  return isSlug(slug) ? slug : undefined;
}

/** The article's slug: from its address when that names it, else from its headline. */
export function articleSlug(source: string | undefined, title: string): string | undefined {
  const slug = (source === undefined ? undefined : slugFromUrl(source)) ?? toSlug(title);
  return slug !== '' && isSlug(slug) ? slug : undefined;
}
