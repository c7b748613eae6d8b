/**
 * A saved page's metadata, from the sources news sites fill for search engines and link
 * previews, most specific first: JSON-LD (`NewsArticle`), then Open Graph and `article:*`
 * properties, then plain `<meta>` tags and `<link rel=canonical>`.
 */
import { decodeReferences } from './decode';
import { findArticleJsonLd, imageObjectOf, keywordsOf, namesOf, textOf, urlOf } from './json-ld';

export interface PageMetadata {
  headline?: string;
  /** Every title the page states, most specific first, and where (decoded, not yet shortened). */
  titles: { text: string; from: string }[];
  /** The names the page gives its site: `og:site_name`, `application-name`, the JSON-LD publisher. */
  siteNames: string[];
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

// A tag is a name: one that reads as a sentence or runs long is a description, not a topic.
const MAX_TAG = 40;

/** Tags as topics: `a, b, c` in one value split (pages write nine keywords as one), duplicates once. */
function splitTags(values: readonly string[]): string[] {
  const tags = values
    .flatMap((value) => value.split(/\s*[,;]\s*/))
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && tag.length <= MAX_TAG && !/[.!?]$/.test(tag));
  return [...new Set(tags)];
}

/** `ru_RU` (Open Graph) → `ru-RU` (BCP 47). */
function localeTag(value: string | undefined): string | undefined {
  return value?.replace(/_/g, '-');
}

// Fields a reader sees as text: decoded once more (./decode.ts). Addresses and dates are not.
const TEXT_FIELDS = new Set([
  'headline',
  'dek',
  'description',
  'publisher',
  'imageAlt',
  'imageCaption',
  'imageCredit',
]);

/** Reads every metadata source of the page: values as the page gives them, text decoded once. */
export function readPageMetadata(document: Document): PageMetadata {
  const ld = findArticleJsonLd(jsonLdScripts(document)) ?? {};
  const ldImage = imageObjectOf(ld['image']);
  const ldAuthors = namesOf(ld['author']);
  const metaAuthors = [meta(document, 'author'), ...metaAll(document, 'article:author')].filter(
    (a): a is string => a !== undefined && !/^https?:\/\//.test(a),
  );
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();

  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const titles = [
    { text: textOf(ld['headline']), from: 'the JSON-LD headline' },
    { text: meta(document, 'og:title'), from: 'og:title' },
    { text: meta(document, 'twitter:title'), from: 'twitter:title' },
    { text: title, from: 'the page title' },
  ].flatMap(({ text, from }) => (text ? [{ text: decodeReferences(text), from }] : []));
  const siteNames = [
    meta(document, 'og:site_name'),
    meta(document, 'application-name'),
    textOf(ld['publisher']),
    meta(document, 'apple-mobile-web-app-title'),
  ].flatMap((name) => (name && !/^https?:\/\//.test(name) ? [decodeReferences(name.trim())] : []));
  const found: PageMetadata = {
    titles,
    siteNames,
    authors: ldAuthors.length > 0 ? ldAuthors : [...new Set(metaAuthors)],
    tags: splitTags(keywordsOf(ld['keywords'])),
  };
  if (found.tags.length === 0) found.tags = splitTags(metaAll(document, 'article:tag'));
  const fields: {
    [K in keyof Omit<PageMetadata, 'authors' | 'tags' | 'titles' | 'siteNames'>]: string | undefined;
  } = {
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
    if (value === undefined || value === '') continue;
    (found as unknown as Record<string, unknown>)[key] = TEXT_FIELDS.has(key)
      ? decodeReferences(value)
      : value;
  }
  found.authors = found.authors.map(decodeReferences);
  found.tags = found.tags.map(decodeReferences);
  return found;
}
