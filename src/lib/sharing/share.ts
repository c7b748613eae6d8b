/** What a link preview and structured data say about an article, gathered in one place. */
import type { Article } from '../articles';
import { firstParagraphOf } from '../article-body';
import { describeArticle } from '../description';
import { siteUrl } from '../paths';
import { displayHost } from '../urls';
import { type Author, articleAuthors } from './authors';
import { CROPS, type CropName, cropPath } from './crops';
import { leadPhotoFile } from './lead-photo';
import { isoDate } from './instants';

/** The share card's size: what Facebook, LinkedIn, X and chat apps crop least. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface ShareImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export interface ArticleShare {
  headline: string;
  description: string;
  lang: string;
  publisher: string;
  source: string;
  published: string;
  modified: string;
  authors: Author[];
  tags: string[];
  image?: ShareImage | undefined;
  /** Absolute URLs for JSON-LD: the photo's 16:9, 4:3 and 1:1 crops when there is one, and the card. */
  images: string[];
}

/** The path of an article's share card from the site's root. */
export function cardPath(slug: string): string {
  return `cards/${slug}.jpg`;
}

/** The text alternative of a card: it shows the headline, the publisher and the date. */
export function cardAlt(headline: string, publisher: string, date: string): string {
  return `${headline} — ${publisher}, ${date}`;
}

/** The outlet's name, else the original's host. */
export function publisherName(data: Article['data']): string {
  return data.publisher ?? displayHost(data.source);
}

/** Everything a preview needs for one article; the card only when `SITE_URL` is set. */
export function articleShare(article: Article, formattedDate: string): ArticleShare {
  const { data } = article;
  const publisher = publisherName(data);
  const published = isoDate(data.published) ?? data.published;
  const cardUrl = siteUrl(cardPath(article.id));
  const crops = leadPhotoFile(data.image?.src)
    ? (Object.keys(CROPS) as CropName[]).flatMap((crop) => siteUrl(cropPath(article.id, crop)) ?? [])
    : [];
  return {
    headline: data.title,
    description: describeArticle(data, firstParagraphOf(article)),
    lang: data.lang,
    publisher,
    source: data.source,
    published,
    modified: isoDate(data.updated ?? data.published) ?? published,
    authors: articleAuthors(data),
    tags: data.tags,
    image: cardUrl
      ? {
          url: cardUrl,
          width: CARD_WIDTH,
          height: CARD_HEIGHT,
          alt: cardAlt(data.title, publisher, formattedDate),
          type: 'image/jpeg',
        }
      : undefined,
    images: [...crops, ...(cardUrl ? [cardUrl] : [])],
  };
}
