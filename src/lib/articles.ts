/** The published articles, loaded and sorted once per build. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { toTimestamp } from './dates';

export type Article = CollectionEntry<'articles'>;

let sorted: Promise<Article[]> | undefined;

/** Newest first; ties keep a stable order by slug. */
export function byNewest(a: Article, b: Article): number {
  return toTimestamp(b.data.published) - toTimestamp(a.data.published) || a.id.localeCompare(b.id);
}

/** Every article, newest first. Memoised: `getCollection()` walks every entry on each call. */
export function getArticles(): Promise<Article[]> {
  sorted ??= getCollection('articles').then((all) => all.sort(byNewest));
  return sorted;
}

/**
 * Articles per archive page of a list (./finding/stable-pages.ts; a list's home shows up to twice
 * as many): long enough to browse, short enough to stay light. `BROADSHEET_PAGE_SIZE` sets
 * another, for tests of lists that run over many pages.
 */
export const ARTICLES_PER_PAGE = Number(process.env['BROADSHEET_PAGE_SIZE']) || 50;
