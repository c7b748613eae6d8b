/**
 * Saved web pages: the article text is extracted with Mozilla's Readability on a linkedom DOM
 * (no browser, no network) and converted to Markdown; the metadata comes from JSON-LD, Open Graph
 * and `<meta>` tags. Pure apart from `findLocalFile`, which says whether the lead image was saved.
 */
import { parseHTML } from 'linkedom';
import { formatIsoDate, parseIsoDate } from '../../lib/dates';
import { canonicalLanguageTag, isLanguageTag } from '../../lib/language';
import { isHttpUrl } from '../../lib/urls';
import { parseByline } from '../byline';
import { parseDateLine } from '../dates';
import { parseHeaderLine } from '../header-line';
import { linkTextOnly } from '../links';
import { ImportError, type ArticleDraft } from '../draft';
import { dropChrome } from '../drop-chrome';
import { extractArticle, type Extractor } from './extract';
import { takeLeadFromBody } from './lead-in-body';
import { findLeadFigure } from './lead-image';
import { readPageMetadata } from './metadata';
import { htmlToMarkdown } from './to-markdown';

export interface HtmlContext {
  /** The absolute path of a file the page refers to (`Page_files/a.jpg`), if it exists. */
  findLocalFile?: (src: string) => string | undefined;
  /** Which extractor reads the article (the benchmark compares them); default `combined`. */
  extractor?: Extractor;
}

/** A page date as ISO 8601 text: ISO kept as written, other dates read like raw copies. */
function pageDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseIsoDate(value);
  if (iso) return formatIsoDate(iso);
  return parseDateLine(value)?.published;
}

/** `A`, `A and B`, `A, B and C`: names as a byline prints them. */
// Elements news sites print the standfirst in.
const DEK =
  '[itemprop="alternativeHeadline"], [class*="dek"], [class*="standfirst"], [class*="subtitle"], [class*="subheadline"], [class*="sub-headline"]';

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function cleanText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** Makes links and images in the extracted article absolute, against the page's address. */
function absolutiseLinks(html: string, base: string | undefined): string {
  if (base === undefined) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const [selector, attribute] of [
    ['a[href]', 'href'],
    ['img[src]', 'src'],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? '';
      if (value.startsWith('#') || value.trim() === '' || !URL.canParse(value, base)) continue;
      element.setAttribute(attribute, new URL(value, base).href);
    }
  }
  return document.body.innerHTML;
}

/**
 * Removes what the page shows from frontmatter when Readability keeps it at the top of the text:
 * the headline, and byline or date lines (`By Tom Harris · 8 June 2026`), whose fields fill the
 * draft where the metadata had none.
 */
function withoutHeader(body: string, draft: ArticleDraft): string {
  const paragraphs = body.split('\n\n');
  let start = 0;
  const first = paragraphs[0] ?? '';
  if (/^#{1,2}\s/.test(first) && first.replace(/^#+\s*/, '').trim() === draft.title) start++;
  for (; start < Math.min(paragraphs.length - 1, 3); start++) {
    const line = paragraphs[start] ?? '';
    const fields = line.includes('\n') ? undefined : parseHeaderLine(linkTextOnly(line).replace(/\\/g, ''));
    if (!fields) break;
    if (fields.byline && draft.byline === undefined) {
      draft.byline = fields.byline.byline;
      draft.authors = fields.byline.authors;
    }
    if (draft.published === undefined && fields.published !== undefined) draft.published = fields.published;
    if (draft.updated === undefined && fields.updated !== undefined) draft.updated = fields.updated;
  }
  return paragraphs.slice(start).join('\n\n');
}

/** The page parsed, its metadata read, and what frontmatter shows taken out of it. */
function preparePage(html: string) {
  const document = parseHTML(html).document as unknown as Document;
  const metadata = readPageMetadata(document);
  const h1 = cleanText((document.querySelector('article h1') ?? document.querySelector('h1'))?.textContent);
  const lead = findLeadFigure(document);
  lead?.element.remove();
  // The printed standfirst: shown from frontmatter, so it leaves the body.
  const dekElement = document.querySelector(DEK);
  const printedDek = cleanText(dekElement?.textContent);
  dekElement?.remove();
  return { document, metadata, h1, lead, printedDek };
}

/** Parses a saved page into a draft. Throws `ImportError` when no article text can be found. */
export function parseHtmlPage(html: string, context: HtmlContext = {}): ArticleDraft {
  const { document, metadata, h1, lead, printedDek } = preparePage(html);
  const article = extractArticle(document, () => preparePage(html).document, context.extractor);
  if (!article?.content) throw new ImportError('no article text found in the page');

  const title = cleanText(metadata.headline) ?? h1 ?? cleanText(article.title);
  if (title === undefined) throw new ImportError('no headline found in the page');
  const source =
    metadata.canonical !== undefined && isHttpUrl(metadata.canonical) ? metadata.canonical : undefined;

  const draft: ArticleDraft = { title, related: [], body: '', warnings: [] };
  if (source) draft.source = source;
  const dek = cleanText(metadata.dek) ?? printedDek;
  if (dek !== undefined && dek !== title) draft.dek = dek;
  const description = cleanText(metadata.description);
  if (description !== undefined && description !== dek && description !== title)
    draft.description = description;

  const printed = cleanText(article.byline);
  const fromPage =
    printed === undefined ? undefined : parseByline(/^by\s/i.test(printed) ? printed : `By ${printed}`);
  if (metadata.authors.length > 0) {
    draft.authors = metadata.authors;
    draft.byline = joinNames(metadata.authors);
  } else if (fromPage) {
    draft.byline = fromPage.byline;
    draft.authors = fromPage.authors;
  }

  const publisher = cleanText(metadata.publisher ?? article.siteName);
  if (publisher !== undefined) draft.publisher = publisher;
  const published = pageDate(metadata.published ?? article.publishedTime);
  if (published !== undefined) draft.published = published;
  const updated = pageDate(metadata.updated);
  if (updated !== undefined && updated !== published) draft.updated = updated;
  if (metadata.tags.length > 0) draft.tags = metadata.tags;
  // Pages write `en_US` or worse; a tag the schema would refuse is left to the detector.
  const lang = metadata.lang?.replace(/_/g, '-');
  if (lang !== undefined && isLanguageTag(lang)) draft.lang = canonicalLanguageTag(lang);

  const caption = lead?.caption ?? cleanText(metadata.imageCaption);
  const credit = lead?.credit ?? cleanText(metadata.imageCredit);
  const file = lead?.localSrc === undefined ? undefined : context.findLocalFile?.(lead.localSrc);
  if (lead?.localSrc !== undefined && file === undefined) {
    draft.warnings.push(
      `lead image "${lead.localSrc}" was not saved next to the page as an image: kept its caption and credit only`,
    );
  }
  const alt = lead?.alt ?? cleanText(metadata.imageAlt);
  if (caption !== undefined || credit !== undefined || file !== undefined) {
    draft.image = {
      ...(file && { file }),
      ...(alt && { alt }),
      ...(caption && { caption }),
      ...(credit && { credit }),
    };
  }

  const { body, warnings } = dropChrome(htmlToMarkdown(absolutiseLinks(article.content, source)), title);
  const inBody = takeLeadFromBody(withoutHeader(body, draft), draft.image);
  draft.body = inBody.body;
  if (inBody.image !== undefined) draft.image = inBody.image;
  draft.warnings.push(...warnings, ...(inBody.warning === undefined ? [] : [inBody.warning]));
  return draft;
}
