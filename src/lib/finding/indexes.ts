/** The site's index groups and article neighbours, computed once per build from `getArticles()`. */
import type { PaginateFunction } from 'astro';
import { siteT } from '../../i18n/site';
import { ARTICLES_PER_PAGE, type Article, getArticles } from '../articles';
import { listCacheKey } from '../cache-keys';
import { publisherName } from '../sharing/share';
import { type Group, groupBy, groupSlug, monthOf, neighbours } from './groups';

export type ArticleGroup = Group<Article>;

let tags: Promise<ArticleGroup[]> | undefined;
let publishers: Promise<ArticleGroup[]> | undefined;
let months: Promise<ArticleGroup[]> | undefined;
let positions: Promise<Map<string, number>> | undefined;

export function tagGroups(): Promise<ArticleGroup[]> {
  tags ??= getArticles().then((articles) => groupBy(articles, (article) => article.data.tags));
  return tags;
}

export function publisherGroups(): Promise<ArticleGroup[]> {
  publishers ??= getArticles().then((articles) =>
    groupBy(articles, (article) => [publisherName(article.data)]),
  );
  return publishers;
}

/** Months, newest first, named in the site's language; the slug is the month itself. */
export function monthGroups(): Promise<ArticleGroup[]> {
  months ??= getArticles().then((articles) =>
    groupBy(
      articles,
      (article) => [monthOf(article.data.published)],
      (a, b) => b.slug.localeCompare(a.slug),
      (month) => month,
    ).map((group) => ({ ...group, name: siteT.month(group.slug) })),
  );
  return months;
}

/**
 * The static paths of one kind of group page (`tags/<tag>/`, …): each group's articles, newest
 * first, a page of `ARTICLES_PER_PAGE` at a time, with the group's name as a prop.
 */
export function groupPages(groups: ArticleGroup[], param: string, paginate: PaginateFunction) {
  return groups.flatMap((group) =>
    paginate(group.items, {
      params: { [param]: group.slug },
      props: { name: group.name },
      pageSize: ARTICLES_PER_PAGE,
    }).map((path) => ({ ...path, cacheKey: listCacheKey(path.props.page, group.name) })),
  );
}

/** The URL segment of a tag, as the tag pages use it. */
export const tagSlug = groupSlug;

/** The URL segment of a publisher, as the publisher pages use it. */
export const publisherSlug = groupSlug;

/** The newer and older articles next to `slug`, in the site's newest-first order. */
export async function articleNeighbours(
  slug: string,
): Promise<{ newer?: Article | undefined; older?: Article | undefined }> {
  const articles = await getArticles();
  positions ??= Promise.resolve(new Map(articles.map((article, index) => [article.id, index])));
  const index = (await positions).get(slug);
  return index === undefined ? {} : neighbours(articles, index);
}
