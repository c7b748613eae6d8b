/**
 * A build split over several machines (`npm run build -- --shard I/N`, docs/deploy.md): part I
 * of N writes only its own pages, and `npm run build:merge` joins the parts. Every page belongs
 * to exactly one part, by a hash of its address, so adding articles moves no page between parts.
 *
 * An article belongs to the part that holds its search shard (../integrations/search-shards.ts):
 * a part indexes the articles whose bodies it renders, and the merged search index is the very
 * index one machine would build. With N a power of two (no more than the shards), that is simply
 * a hash of the slug modulo N; with other counts, articles may change parts when the archive
 * doubles and its search index is split again.
 */
import { createHash } from 'node:crypto';
import { searchShardCount, shardOf } from '../integrations/search-shards.ts';

/** Part `index` (from 0) of `count`. */
export interface BuildPart {
  index: number;
  count: number;
}

/** The environment variable through which `npm run build -- --shard I/N` reaches the build. */
export const PART_VARIABLE = 'BROADSHEET_SHARD';

/** `I/N` (from 1) as a part, or an error that says what is expected. */
export function parsePart(text: string): BuildPart {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must be I/N with 1 ≤ I ≤ N, for example 2/4 (got "${text}")`);
  }
  return { index: index - 1, count };
}

/** The part this build makes, or `undefined` for a whole build. */
export function currentPart(env: Record<string, string | undefined> = process.env): BuildPart | undefined {
  const text = env[PART_VARIABLE];
  if (!text) return undefined;
  const part = parsePart(text);
  return part.count > 1 ? part : undefined;
}

/** The part of the article `slug` in an archive of `articles` articles. */
export function articlePart(slug: string, articles: number, count: number): number {
  return shardOf(slug, searchShardCount(articles)) % count;
}

/** The slug of an article page's address (`/articles/x/`), or `undefined` for other pages. */
export function articleSlugOf(pathname: string): string | undefined {
  return /^\/?articles\/([^/]+)\/?(?:index\.html)?$/.exec(pathname)?.[1];
}

/**
 * Whether every part writes the page at `pathname`: the small files at the site's top that other
 * pages refer to or take in (icons, the logo, robots.txt), though not feeds or the sitemap. The
 * 404 page, for one, inlines the icon it finds next to it.
 */
export function everyPartWrites(pathname: string): boolean {
  return /^\/?[^/]+\.(?!(?:html?|xml|json)$)[\w-]+$/i.test(pathname);
}

/** The part of the page at `pathname` that is not an article page. */
export function pagePart(pathname: string, count: number): number {
  const key = pathname.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index\.html$/, '');
  return Number.parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16) % count;
}
