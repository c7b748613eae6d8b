/**
 * JSON-LD (schema.org `NewsArticle`) and its safe serialisation inside `<script>`: nothing the
 * content holds can end the element or start markup, whatever the headline says.
 */

/**
 * JSON text safe between `<script type="application/ld+json">` and `</script>`: `<`, `>` and `&`
 * are written as `\u003c`, `\u003e`, `\u0026` (so no `</script>` or `<!--` can appear), and
 * U+2028/U+2029 escaped as well. The value parses back to the same data.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute URL of this page; structured data without it would be wrong elsewhere. */
  url: string;
  /** Absolute URL of the original. */
  source: string;
  datePublished: string;
  dateModified: string;
  lang: string;
  authors: Array<{ type: 'Person' | 'Organization'; name: string }>;
  /** The outlet that published the original. */
  publisher: string;
  /** This site, which publishes the copy: its name and home page. */
  site: { name: string; url?: string | undefined };
  /** Absolute image URLs (crops of the card, widest first). */
  images: string[];
  tags: string[];
}

/** A `NewsArticle` as Google documents it (https://developers.google.com/search/docs/appearance/structured-data/article). */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    ...(input.images.length > 0 ? { image: input.images } : {}),
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.lang,
    ...(input.authors.length > 0
      ? { author: input.authors.map(({ type, name }) => ({ '@type': type, name })) }
      : {}),
    // The copy is published by this site, for the outlet that published the original.
    publisher: {
      '@type': 'Organization',
      name: input.site.name,
      ...(input.site.url ? { url: input.site.url } : {}),
    },
    sourceOrganization: { '@type': 'Organization', name: input.publisher },
    ...(input.tags.length > 0 ? { keywords: input.tags } : {}),
    isBasedOn: input.source,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
  };
}
