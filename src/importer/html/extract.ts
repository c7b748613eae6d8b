/**
 * The main content of a saved page. Chosen on the article-extraction benchmark (see
 * `npm run bench:import`): Mozilla's Readability, and Defuddle when Readability finds no article
 * (a cookie notice or a few words instead of the story). Defuddle alone scored lower and takes
 * five times as long on linkedom, so it runs only then.
 */
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { wordsOf } from '../text';

export type Extractor = 'readability' | 'defuddle' | 'combined';

export interface ExtractedArticle {
  /** The article as HTML. */
  content: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

// Fewer words than this is not an article but what Readability found instead of one.
const MIN_ARTICLE_WORDS = 50;

function words(html: string): number {
  return wordsOf(html.replace(/<[^>]*>/g, ' ')).length;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

function readability(document: Document): ExtractedArticle | undefined {
  const article = new Readability(document, { charThreshold: 100 }).parse();
  if (!article?.content) return undefined;
  const found: ExtractedArticle = { content: article.content };
  const fields = [
    ['title', article.title],
    ['byline', article.byline],
    ['siteName', article.siteName],
    ['publishedTime', article.publishedTime],
  ] as const;
  for (const [key, value] of fields) {
    const text = nonEmpty(value);
    if (text !== undefined) found[key] = text;
  }
  return found;
}

function defuddle(document: Document): ExtractedArticle | undefined {
  // What Defuddle reads of a browser's DOM that linkedom lacks.
  if (document.styleSheets === undefined) Object.assign(document, { styleSheets: [] });
  const view = document.defaultView as (Window & { getComputedStyle?: unknown }) | null;
  if (view && typeof view.getComputedStyle !== 'function')
    Object.assign(view, { getComputedStyle: () => ({ display: '' }) });
  // No real address: Defuddle's per-site extractors stay out (generic judgement only); links
  // stay as written, made absolute later. No async: nothing is fetched.
  // It reports pages' broken JSON-LD on the console; the importer prints only its own messages.
  const log = console.error;
  console.error = () => {};
  let article;
  try {
    article = new DefuddleClass(document, { url: 'about:blank', useAsync: false }).parse();
  } finally {
    console.error = log;
  }
  if (!nonEmpty(article.content)) return undefined;
  const found: ExtractedArticle = { content: article.content };
  const title = nonEmpty(article.title);
  if (title !== undefined) found.title = title;
  const byline = nonEmpty(article.author);
  if (byline !== undefined) found.byline = byline;
  const site = nonEmpty(article.site);
  if (site !== undefined) found.siteName = site;
  const published = nonEmpty(article.published);
  if (published !== undefined) found.publishedTime = published;
  return found;
}

/**
 * Extracts the article of a parsed page (both extractors change the document they read);
 * `another` parses the same page again, for Defuddle when Readability found no article.
 */
export function extractArticle(
  document: Document,
  another: () => Document,
  extractor: Extractor = 'combined',
): ExtractedArticle | undefined {
  if (extractor === 'defuddle') return defuddle(document);
  const found = readability(document);
  if (extractor === 'readability' || (found && words(found.content) >= MIN_ARTICLE_WORDS)) return found;
  const fallback = defuddle(another());
  return fallback && words(fallback.content) > (found ? words(found.content) : 0) ? fallback : found;
}
