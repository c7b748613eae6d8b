/**
 * Keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key and
 * template code are unchanged since the last build is copied from the cache instead of being
 * rendered again. A key must change whenever anything the page shows changes. Articles carry
 * the digest of their file, so a page's key is made of the digests of every article it shows.
 */
import { createHash } from 'node:crypto';
import settings from 'virtual:broadsheet/settings';
import { bodyFileOf } from './article-body';
import { canonicalTarget } from './sharing/canonical';

interface Picture {
  src: string;
  clone?: { src: string };
}

interface Keyed {
  id: string;
  digest?: string | number | undefined;
  data: { image?: { src?: Picture | undefined } | undefined };
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/**
 * Every key includes the build settings that pages read at render time: the site's settings
 * (name, language, links…) and the canonical target. Astro's own settings (`site`, `base`…) are
 * already part of its cache, and code changes are seen by Astro.
 */
const buildSettings = JSON.stringify(settings);
/** `buildSettings` as it opens the hashed JSON, escaped once rather than for each of 100,000 pages. */
const settingsJson = JSON.stringify(buildSettings);

/** The hash of `JSON.stringify([buildSettings, canonicalTarget(), parts])`, made in pieces. */
function hash(parts: readonly unknown[]): string {
  return createHash('sha256')
    .update(`[${settingsJson},${JSON.stringify(canonicalTarget())},`)
    .update(JSON.stringify(parts))
    .update(']')
    .digest('base64url');
}

/** The built URL of a picture, which changes with its file. */
function pictureUrl(picture: Picture | undefined): string | null {
  // Read from Astro's clone: reading the original marks its untouched file (EXIF included) as used.
  return picture ? (picture.clone ?? picture).src : null;
}

/** What an article contributes to a page: its file's digest and its lead picture's built URL. */
function articlePart(article: Keyed | undefined): unknown[] {
  return article ? [article.id, article.digest ?? null, pictureUrl(article.data.image?.src)] : [];
}

/**
 * The key of an article page, which also shows its newer and older neighbours and links the
 * copies of its related articles found on this site (`links`: their slugs); `undefined` (always
 * rendered) for bodies with pictures, whose files Astro names while rendering them.
 */
export function articleCacheKey(
  article: Keyed,
  newer?: Keyed,
  older?: Keyed,
  links: ReadonlyArray<string | undefined> = [],
): string | undefined {
  if (article.digest === undefined || bodyFileOf(article) === undefined) return undefined;
  return hash([
    articlePart(article),
    articlePart(newer),
    articlePart(older),
    links.map((slug) => slug ?? null),
  ]);
}

/** A page of a list, as ./finding/list-pages.ts makes it. */
interface KeyedListPage {
  items: readonly Keyed[];
  number?: number | undefined;
  newer?: string | undefined;
  older?: string | undefined;
}

/**
 * The key of one page of a list of articles: its articles, its number, the pages it links to and
 * the list's name. Not the number of pages: an archive page stays as it is while the list grows.
 */
export function listCacheKey(page: KeyedListPage, name = ''): string {
  return hash([
    name,
    page.number ?? null,
    page.newer ?? null,
    page.older ?? null,
    page.items.map(articlePart),
  ]);
}
