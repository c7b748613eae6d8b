/**
 * The static paths of a list of articles (the home page, a tag, a publisher, a month): its home at
 * `<folder>`, its archive pages at `<folder><number>/`, numbered from the oldest
 * (./stable-pages.ts), each with the cache key of what it shows.
 */
import { ARTICLES_PER_PAGE, type Article } from '../articles';
import { listCacheKey } from '../cache-keys';
import { sitePath } from '../paths';
import { stablePages } from './stable-pages';

/** What a list page shows: its articles, its number and links to the pages beside it. */
export interface ListPage<T = Article> {
  /** Newest first. */
  items: T[];
  /** From 1, the oldest page; `undefined` for the list's home. */
  number?: number | undefined;
  /** The next newer page's URL; missing on the home. */
  newer?: string | undefined;
  /** The next older page's URL; missing on the oldest page. */
  older?: string | undefined;
}

/** The path of a page of the list at `folder` (`tags/transport/`): its home, or page `number`. */
export function listPagePath(folder: string, number?: number): string {
  return `${folder}${number === undefined ? '' : `${number}/`}`;
}

/**
 * The paths of the list `items` (newest first) at `folder` (`''` for the site's home), with
 * `params` and `props` added to each, and `name` (the list's) in its cache key.
 */
export function listPaths<P extends object>(
  items: Article[],
  folder: string,
  { params = {}, props, name = '' }: { params?: Record<string, string>; props: P; name?: string },
) {
  const url = (number: number | 'home' | undefined) =>
    number === undefined ? undefined : sitePath(listPagePath(folder, number === 'home' ? undefined : number));
  return stablePages(items, ARTICLES_PER_PAGE).map((page) => {
    const shown: ListPage = {
      items: page.items,
      number: page.number,
      newer: url(page.newer),
      older: url(page.older),
    };
    return {
      params: { ...params, page: page.number?.toString() },
      props: { ...props, page: shown },
      cacheKey: listCacheKey(shown, name),
    };
  });
}
