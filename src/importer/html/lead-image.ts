/**
 * The lead image of a saved page: the first `<figure>` with a picture that comes before the
 * story's first real paragraph. Its caption and credit go to frontmatter; the figure leaves the
 * body. When the browser saved the picture next to the page, its file is copied too.
 */
import { isLocalPath } from '../../lib/urls';
import { parseCredit, splitCaptionCredit } from '../credit';
import { htmlToMarkdown } from './to-markdown';

export interface LeadFigure {
  element: Element;
  /** The `src` as written, when it names a file next to the page. */
  localSrc?: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

// A paragraph this long is the story itself: figures after it are part of the body.
const STORY_PARAGRAPH = 80;
const CREDIT = '[class*="credit"], [class*="copyright"], [class*="byline"], [class*="source"], small, cite';

function localSrc(img: Element | null): string | undefined {
  const src = (img?.getAttribute('src') ?? img?.getAttribute('data-src'))?.trim();
  if (!src || !isLocalPath(src)) return undefined;
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

/** Finds the lead figure in document order, or `undefined` when the story starts first. */
export function findLeadFigure(document: Document): LeadFigure | undefined {
  const scope = document.querySelector('article') ?? document.body;
  if (!scope) return undefined;
  for (const element of scope.querySelectorAll('figure, p')) {
    if (element.tagName.toLowerCase() === 'p') {
      if ((element.textContent ?? '').trim().length >= STORY_PARAGRAPH && !element.closest('figure'))
        return undefined;
      continue;
    }
    const img = element.querySelector('img');
    if (!img) continue;
    const lead: LeadFigure = { element };
    const src = localSrc(img);
    if (src) lead.localSrc = src;
    const alt = img.getAttribute('alt')?.trim();
    if (alt) lead.alt = alt;
    const figcaption = element.querySelector('figcaption');
    if (figcaption) {
      const creditElement = figcaption.querySelector(CREDIT);
      const creditText = creditElement?.textContent?.replace(/\s+/g, ' ').trim();
      if (creditText) lead.credit = parseCredit(creditText) ?? creditText;
      creditElement?.remove();
      const printed = htmlToMarkdown(figcaption.innerHTML)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      // A credit printed inside the caption's text (`… (Photo Jane Doe. AFP)`) leaves it.
      const { caption, credit } = splitCaptionCredit(printed);
      if (caption) lead.caption = caption;
      if (credit !== undefined) lead.credit ??= credit;
    }
    return lead;
  }
  return undefined;
}
