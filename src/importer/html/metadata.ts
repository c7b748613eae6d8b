/**
 * A saved page's metadata, from the sources news sites fill for search engines and link
 * previews, most specific first: JSON-LD (`NewsArticle`), then Open Graph and `article:*`
 * properties, then plain `<meta>` tags and `<link rel=canonical>`.
 */
import { findArticleJsonLd, imageObjectOf, keywordsOf, namesOf, textOf, urlOf } from './json-ld';

export interface PageMetadata {
  headline?: string;
  /** The standfirst as the page states it (`alternativeHeadline`). */
  dek?: string;
  /** The summary for search engines and link previews. */
  description?: string;
  authors: string[];
  publisher?: string;
  canonical?: string;
  published?: string;
  updated?: string;
  imageUrl?: string;
  imageAlt?: string;
  imageCaption?: string;
  imageCredit?: string;
  tags: string[];
  lang?: string;
}

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll('meta')) {
      const name =
        element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
      const content = element.getAttribute('content')?.trim();
      if (name?.toLowerCase() === key.toLowerCase() && content) return content;
    }
  }
  return undefined;
}

function metaAll(document: Document, key: string): string[] {
  return [...document.querySelectorAll('meta')]
    .filter((e) => (e.getAttribute('property') ?? e.getAttribute('name'))?.toLowerCase() === key)
    .map((e) => e.getAttribute('content')?.trim() ?? '')
    .filter((c) => c !== '');
}

function jsonLdScripts(document: Document): string[] {
  return [...document.querySelectorAll('script')]
    .filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? '');
}

/** `ru_RU` (Open Graph) → `ru-RU` (BCP 47). */
function localeTag(value: string | undefined): string | undefined {
  return value?.replace(/_/g, '-');
}

/** Reads every metadata source of the page. Values are as the page gives them. */
export function readPageMetadata(document: Document): PageMetadata {
  const ld = findArticleJsonLd(jsonLdScripts(document)) ?? {};
  const ldImage = imageObjectOf(ld['image']);
  const ldAuthors = namesOf(ld['author']);
  const metaAuthors = [meta(document, 'author'), ...metaAll(document, 'article:author')].filter(
    (a): a is string => a !== undefined && !/^https?:\/\//.test(a),
  );
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();

  const found: PageMetadata = {
    authors: ldAuthors.length > 0 ? ldAuthors : [...new Set(metaAuthors)],
    tags: keywordsOf(ld['keywords']),
  };
  if (found.tags.length === 0) found.tags = metaAll(document, 'article:tag');
  const fields: { [K in keyof Omit<PageMetadata, 'authors' | 'tags'>]: string | undefined } = {
    headline: textOf(ld['headline']) ?? meta(document, 'og:title', 'twitter:title'),
    dek: textOf(ld['alternativeHeadline']),
    description:
      textOf(ld['description']) ?? meta(document, 'og:description', 'description', 'twitter:description'),
    publisher: textOf(ld['publisher']) ?? meta(document, 'og:site_name', 'application-name'),
    canonical: canonical || meta(document, 'og:url') || urlOf(ld['mainEntityOfPage']) || urlOf(ld['url']),
    published:
      textOf(ld['datePublished']) ??
      meta(
        document,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publish-date',
        'date',
        'dc.date.issued',
      ),
    updated:
      textOf(ld['dateModified']) ??
      meta(document, 'article:modified_time', 'og:updated_time', 'dateModified'),
    imageUrl: urlOf(ld['image']) ?? meta(document, 'og:image', 'twitter:image'),
    imageAlt: meta(document, 'og:image:alt', 'twitter:image:alt'),
    imageCaption: textOf(ldImage?.['caption']),
    imageCredit: textOf(ldImage?.['creditText'] ?? ldImage?.['copyrightHolder'] ?? ldImage?.['author']),
    lang:
      document.documentElement.getAttribute('lang')?.trim() ||
      textOf(ld['inLanguage']) ||
      localeTag(meta(document, 'og:locale')),
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '') (found as unknown as Record<string, unknown>)[key] = value;
  }
  return found;
}
