/** The latest articles as feed entries: absolute URL, instant, summary and full sanitized HTML. */
import type { Article } from '../articles';
import { firstParagraphOf, loadBodyHtml } from '../article-body';
import { describeArticle } from '../description';
import { articlePath, siteUrl } from '../paths';
import { articleAuthors } from './authors';
import { feedHtml } from './feed-html';
import { FEED_SIZE } from './feeds';
import { rfc3339Date, rfc822Date } from './instants';

export interface FeedItem {
  id: string;
  title: string;
  url: string;
  /** RFC 822, for RSS. */
  pubDate: string;
  /** RFC 3339, for JSON Feed. */
  published: string;
  modified: string;
  summary: string;
  html: string;
  authors: string[];
  tags: string[];
  lang: string;
}

/** The newest `size` articles (they come sorted newest first); none without `SITE_URL`. */
export async function feedItems(articles: Article[], size = FEED_SIZE): Promise<FeedItem[]> {
  const items = articles.slice(0, size).map(async (article): Promise<FeedItem[]> => {
    const url = siteUrl(articlePath(article.id));
    const { data } = article;
    const pubDate = rfc822Date(data.published);
    const published = rfc3339Date(data.published);
    const modified = rfc3339Date(data.updated ?? data.published);
    if (!url || !pubDate || !published || !modified) return [];
    return [
      {
        id: url,
        title: data.title,
        url,
        pubDate,
        published,
        modified,
        summary: describeArticle(data, firstParagraphOf(article)),
        html: feedHtml(await loadBodyHtml(article), url),
        authors: articleAuthors(data).map((author) => author.name),
        tags: data.tags,
        lang: data.lang,
      },
    ];
  });
  return (await Promise.all(items)).flat();
}
