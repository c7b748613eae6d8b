/** The latest articles as feed entries: absolute URL, instant, summary and full sanitized HTML. */
import type { Article } from '../articles';
import { bodyHtml, firstParagraphOf } from '../article-body';
import { describeArticle } from '../description';
import { articlePath, siteUrl } from '../paths';
import { articleAuthors } from './authors';
import { feedHtml } from './feed-html';
import { FEED_SIZE } from './feeds';
import { instantDate, zonedInstant } from './instants';

export interface FeedItem {
  id: string;
  title: string;
  url: string;
  published: Date;
  publishedIso: string;
  modifiedIso: string;
  summary: string;
  html: string;
  authors: string[];
  tags: string[];
  lang: string;
}

/** The newest `size` articles (they come sorted newest first); none without `SITE_URL`. */
export function feedItems(articles: Article[], size = FEED_SIZE): FeedItem[] {
  return articles.slice(0, size).flatMap((article) => {
    const url = siteUrl(articlePath(article.id));
    const published = instantDate(article.data.published);
    if (!url || !published) return [];
    const { data } = article;
    return [
      {
        id: url,
        title: data.title,
        url,
        published,
        publishedIso: zonedInstant(data.published) ?? published.toISOString(),
        modifiedIso: zonedInstant(data.updated ?? data.published) ?? published.toISOString(),
        summary: describeArticle(data, firstParagraphOf(article)),
        html: feedHtml(bodyHtml(article), url),
        authors: articleAuthors(data).map((author) => author.name),
        tags: data.tags,
        lang: data.lang,
      },
    ];
  });
}
