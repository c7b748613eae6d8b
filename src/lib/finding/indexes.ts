/** The site's index groups and article neighbours, computed once per build from `getArticles()`. */
import { siteT } from '../../i18n/site';
import { type Article, getArticles } from '../articles';
import { publisherName } from '../sharing/share';
import { type Group, groupBy, groupSlug, legacySlug, monthOf, neighbours } from './groups';
import { listPagePath, listPaths } from './list-pages';

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

/** Longest old segment still written: longer ones never built (the file system refused them). */
const LEGACY_BYTES = 200;

/**
 * The static paths of one kind of group page (`tags/<tag>/`, …): each group's articles as a list
 * (./list-pages.ts), with the group's name as a prop. With `legacy`, a group whose old address
 * (./groups.ts `legacySlug`) differs gets its pages there too, with `canonical` set to the same
 * page at its slug.
 */
export function groupPages(groups: ArticleGroup[], param: string, folder: string, { legacy = false } = {}) {
  const current = new Set(groups.map((group) => group.slug));
  return groups.flatMap((group) => {
    const paths = (slug: string) =>
      listPaths(group.items, `${folder}/${slug}/`, {
        params: { [param]: slug },
        props: { name: group.name },
        name: group.name,
      });
    const old = legacy ? legacySlug(group.name) : group.slug;
    const keepOld = !current.has(old) && Buffer.byteLength(old) <= LEGACY_BYTES;
    const moved = (path: ReturnType<typeof paths>[number]) => ({
      ...path,
      props: { ...path.props, canonical: listPagePath(`${folder}/${group.slug}/`, path.props.page.number) },
    });
    return [...paths(group.slug), ...(keepOld ? paths(old).map(moved) : [])];
  });
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
