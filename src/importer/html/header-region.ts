/**
 * The part of a saved page where it prints its byline and date: the elements after the printed
 * headline (or from the start of the article, or of the body), up to a few thousand characters of
 * text further on. Navigation, footers, asides and comments are not part of it.
 */

// How much text after the headline may still be the article's header.
const MAX_TEXT = 2500;
const OUTSIDE =
  'nav, footer, aside, form, [hidden], [aria-hidden="true"], [class*="comment"], [id*="comment"]';

// The containers a headline's kicker, byline and date share with it.
const HEADER = 'header, [class*="header"], [class*="head"], [class*="title"], hgroup';
// A container bigger than this holds more than the article's header.
const MAX_HEADER_TEXT = 1500;

/**
 * The element the header region starts at: the container the printed headline shares with its
 * kicker and byline (or the headline itself), else the article, else the body.
 */
function start(document: Document, headline: string | undefined): Element | null {
  const found = printedAt(document, headline);
  if (found) {
    const container = found.parentElement?.closest(HEADER) ?? found.parentElement;
    const size = (container?.textContent ?? '').replace(/\s+/g, ' ').length;
    return container && container !== document.body && size <= MAX_HEADER_TEXT ? container : found;
  }
  return document.querySelector('article, main, [role="main"]') ?? document.body;
}

/** The element that prints the headline: its heading, else the smallest element that prints it. */
function printedAt(document: Document, headline: string | undefined): Element | undefined {
  if (headline !== undefined) {
    const same = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === headline;
    // The headline's heading, else the smallest element that prints it.
    const heading = [...document.querySelectorAll('h1, h2, h3')].find(same);
    if (heading) return heading;
    return [...(document.body ?? document.documentElement).querySelectorAll('*')]
      .filter((element) => !element.closest('head, title, script, style') && same(element))
      .at(-1);
  }
  return undefined;
}

/**
 * The elements of the header region in document order, after the two containers around its start
 * (whose own text may print the date beside the headline's block).
 */
export function headerElements(document: Document, headline: string | undefined): Element[] {
  const first = start(document, headline);
  if (!first) return [];
  const around = [first.parentElement, first.parentElement?.parentElement].filter(
    (element): element is HTMLElement => !!element && element !== document.body,
  );
  const all = [...(document.body ?? document.documentElement).querySelectorAll('*')];
  const from = all.indexOf(first);
  const found: Element[] = [];
  let text = 0;
  for (const element of all.slice(from < 0 ? 0 : from)) {
    if (text > MAX_TEXT) break;
    if (element.closest(OUTSIDE)) continue;
    found.push(element);
    // Only text directly inside counts, so nesting does not count it twice.
    for (const node of element.childNodes)
      if (node.nodeType === 3) text += (node.textContent ?? '').trim().length;
  }
  return [...found, ...around];
}
