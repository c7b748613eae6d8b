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
import { parseDateLine, writesDayFirst } from '../dates';
import { parseHeaderLine } from '../header-line';
import { detectLanguage } from '../language';
import { isSiteName } from '../site-name';
import { plainText } from '../plain-text';
import { againstPrinted } from '../printed-zone';
import { ImportError, type ArticleDraft } from '../draft';
import { dropChrome } from '../drop-chrome';
import { siteKeys } from '../site-name';
import { extractArticle, type Extractor } from './extract';
import { headerElements } from './header-region';
import { chooseHeadline } from './headline';
import { takeLeadFromBody } from './lead-in-body';
import { findLeadFigure } from './lead-image';
import { readPageMetadata } from './metadata';
import { findPrintedByline } from './printed-byline';
import { findPrintedDate } from './printed-date';
import { choosePublisher } from './publisher';
import { htmlToMarkdown } from './to-markdown';

export interface HtmlContext {
  /** The absolute path of a file the page refers to (`Page_files/a.jpg`), if it exists. */
  findLocalFile?: (src: string) => string | undefined;
  /** Which extractor reads the article (the benchmark compares them); default `combined`. */
  extractor?: Extractor;
  /** The original address given with the page (`--source`): its host names the site too. */
  source?: string;
}

/** A page date as ISO 8601 text: ISO kept as written, other dates read like raw copies. */
function pageDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseIsoDate(value);
  if (iso) return formatIsoDate(iso);
  return parseDateLine(value)?.published;
}

// How much of a page's text tells its language when it declares none.
const PAGE_TEXT = 4000;
// A standfirst is a sentence or two, not a section of the story.
const MIN_DEK = 20;
const MAX_DEK = 400;
const STORY_PARAGRAPH = 150;

/**
 * The printed standfirst: an element of the header marked as one, that holds no picture, date or
 * byline of its own (not the header's dek, byline and caption run together, nor a mid-article
 * subheading, which the header does not reach).
 */
function findPrintedDek(header: readonly Element[], byline: Element | undefined): Element | undefined {
  for (const element of header) {
    const length = cleanText(element.textContent)?.length ?? 0;
    if (element.matches(DEK) && length >= MIN_DEK && length <= MAX_DEK) {
      const mixed = element.querySelector('figure, img, time, h1, h2, [class*="byline"], [class*="author"]');
      if (!mixed && (byline === undefined || !element.contains(byline))) return element;
    }
    // The story has begun: a subheading further down is not the dek.
    if (element.tagName.toLowerCase() === 'p' && length > STORY_PARAGRAPH) return undefined;
  }
  return undefined;
}

// A line of the article's header (byline, role, date) is short.
const MAX_META_LINE = 150;

/** The whole header line a byline or date is part of (`Tom Field · Business Reporter · April 14`). */
function metaLine(element: Element): Element {
  let line = element;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/^(?:body|article|main|header)$/i.test(parent.tagName) || parent.querySelector('h1, h2, p, figure'))
      break;
    if ((parent.textContent ?? '').replace(/\s+/g, ' ').trim().length > MAX_META_LINE) break;
    line = parent;
  }
  return line;
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
    const fields = line.includes('\n') ? undefined : parseHeaderLine(plainText(line));
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

/** What the page prints in its header, read before extraction changes the document. */
function readPrinted(document: Document, metadata: ReturnType<typeof readPageMetadata>, given?: string) {
  const source =
    metadata.canonical !== undefined && isHttpUrl(metadata.canonical) ? metadata.canonical : given;
  const keys = siteKeys([...metadata.siteNames, ...metadata.authors], source);
  const headline = chooseHeadline(document, metadata.titles, keys);
  const header = headerElements(document, headline?.text);
  // Numeric dates read in the page's language: as it declares it, else as its text reads.
  const pageText = () => (document.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, PAGE_TEXT);
  const dayFirst = writesDayFirst(metadata.lang?.replace(/_/g, '-') ?? detectLanguage(pageText()));
  const byline = findPrintedByline(header, dayFirst);
  return {
    headline,
    keys: siteKeys(metadata.siteNames, source),
    byline,
    date: findPrintedDate(header, dayFirst),
    dek: findPrintedDek(header, byline?.element),
  };
}

/** The page parsed, its metadata read, and what frontmatter shows taken out of it. */
function preparePage(html: string, given?: string) {
  const document = parseHTML(html).document as unknown as Document;
  const metadata = readPageMetadata(document);
  const printed = readPrinted(document, metadata, given);
  const h1 = printed.headline?.text;
  const lead = findLeadFigure(document);
  lead?.element.remove();
  // The printed byline and date: shown from frontmatter, so they leave the body.
  if (printed.byline) metaLine(printed.byline.element).remove();
  if (printed.date?.element) metaLine(printed.date.element).remove();
  // The printed standfirst: shown from frontmatter, so it leaves the body.
  const dekElement = printed.dek;
  const printedDek = cleanText(dekElement?.textContent);
  dekElement?.remove();
  return { document, metadata, h1, lead, printedDek, printed };
}

/** Parses a saved page into a draft. Throws `ImportError` when no article text can be found. */
export function parseHtmlPage(html: string, context: HtmlContext = {}): ArticleDraft {
  const { document, metadata, h1, lead, printedDek, printed } = preparePage(html, context.source);
  const article = extractArticle(
    document,
    () => preparePage(html, context.source).document,
    context.extractor,
  );
  if (!article?.content) throw new ImportError('no article text found in the page');

  const title = h1 ?? cleanText(article.title);
  if (title === undefined) throw new ImportError('no headline found in the page');
  const source =
    metadata.canonical !== undefined && isHttpUrl(metadata.canonical) ? metadata.canonical : undefined;

  const draft: ArticleDraft = {
    title,
    related: [],
    body: '',
    warnings: [],
    titleFrom: printed.headline?.from ?? 'the extracted article',
  };
  if (source) draft.source = source;
  const dek = cleanText(metadata.dek) ?? printedDek;
  if (dek !== undefined && dek !== title) draft.dek = dek;
  const description = cleanText(metadata.description);
  if (description !== undefined && description !== dek && description !== title)
    draft.description = description;

  // The byline as printed; else the people the metadata names (not the site itself); else
  // the byline the extractor found.
  const extracted = cleanText(article.byline);
  const fromPage =
    extracted === undefined
      ? undefined
      : parseByline(/^by\s/i.test(extracted) ? extracted : `By ${extracted}`);
  // Not the site itself, and not a login (`gto`).
  const people = metadata.authors.filter(
    (name) => !isSiteName(name, printed.keys) && /\p{Lu}|\p{Lo}/u.test(name),
  );
  if (printed.byline) {
    draft.byline = printed.byline.byline.byline;
    draft.authors = printed.byline.byline.authors;
  } else if (people.length > 0) {
    draft.authors = people;
    draft.byline = joinNames(people);
  } else if (fromPage && !isSiteName(fromPage.byline, printed.keys)) {
    draft.byline = fromPage.byline;
    draft.authors = fromPage.authors;
  }

  const publisher = choosePublisher(
    [...metadata.siteNames, ...(article.siteName ? [article.siteName] : [])],
    source,
  );
  if (publisher !== undefined) draft.publisher = publisher;
  const shown = printed.byline?.published ?? printed.date?.published;
  const published = againstPrinted(pageDate(metadata.published ?? article.publishedTime), shown) ?? shown;
  if (published !== undefined) draft.published = published;
  const updated = pageDate(metadata.updated) ?? printed.byline?.updated ?? printed.date?.updated;
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
