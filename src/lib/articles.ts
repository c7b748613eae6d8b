/** The published articles, loaded and sorted once per build. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { toTimestamp } from './dates';

export type Article = CollectionEntry<'articles'>;

let sorted: Promise<Article[]> | undefined;

/** As `localeCompare`, without looking the default collator up on every call. */
const bySlug = new Intl.Collator().compare;

/** Newest first; ties keep a stable order by slug. */
export function byNewest(a: Article, b: Article): number {
  return toTimestamp(b.data.published) - toTimestamp(a.data.published) || bySlug(a.id, b.id);
}

/**
 * Every article, newest first (as `byNewest`), each date read once rather than at each of the
 * sort's n log n comparisons. Memoised: `getCollection()` walks every entry on each call.
 */
export function getArticles(): Promise<Article[]> {
  sorted ??= getCollection('articles').then((all) =>
    all
      .map((article) => ({ article, time: toTimestamp(article.data.published) }))
      .sort((a, b) => b.time - a.time || bySlug(a.article.id, b.article.id))
      .map(({ article }) => article),
  );
  return sorted;
}

/**
 * Articles per archive page of a list (./finding/stable-pages.ts; a list's home shows up to twice
 * as many): long enough to browse, short enough to stay light. `BROADSHEET_PAGE_SIZE` sets
 * another, for tests of lists that run over many pages.
 */
export const ARTICLES_PER_PAGE = Number(process.env['BROADSHEET_PAGE_SIZE']) || 50;
