/**
 * The byline a saved page prints, as printed: an element marked as the byline or author
 * (`rel=author`, `itemprop=author`, a class or id naming a byline or author), or a short element
 * that starts with "By" (or its translation), within the page's header (./header-region.ts). What
 * the page prints beside the names in their own elements (a date, a role, `View More Articles`) is
 * told apart, and a date printed with the byline is kept (`By Jeff Foust — November 18, 2019`,
 * `Posted by A on Nov 19, 2019`, `Posted on March 30, 2015 by Admin`).
 */
import { isRoleLine, parseByline, parseNames, type Byline } from '../byline';
import { parseDateLine, type DateLine } from '../dates';

const MARKED = /byline|author|writtenby|p-author/i;
const MAX_TEXT = 150;
// The separators a page prints between the items of a byline.
const SEPARATOR = /\s+(?:[|·•—–/]|-)\s+|[|·•／｜]|\s\/|(?<=\d{4})\/|\/(?=\s*\p{L})/iu;
// `By` alone, its names in the next element.
const BY_ALONE = /^(?:by:?|par|von|por|door|av|af|posted by|written by)$/i;

export interface PrintedByline extends DateLine {
  byline: Byline;
  /** The element that prints it, shown from frontmatter instead. */
  element: Element;
}

function marked(element: Element): boolean {
  const rel = element.getAttribute('rel') ?? '';
  const itemprop = element.getAttribute('itemprop') ?? '';
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return /\bauthor\b/i.test(rel) || /\bauthor\b/i.test(itemprop) || MARKED.test(label);
}

// Elements a byline runs through (`By <a>Jane Doe</a> and Omar Haddad`).
const INLINE = /^(?:a|b|strong|em|i|span|abbr|cite|small|u)$/i;

/**
 * The texts an element prints, its blocks and `<time>`s apart, and inline elements apart where
 * nothing separates them (`<a>Jane Doe</a><span>Business Columnist</span>`).
 */
function pieces(element: Element): string[] {
  const found: string[] = [];
  let current = '';
  let boundary = false;
  const flush = () => {
    if (current.trim() !== '') found.push(current);
    current = '';
  };
  const add = (text: string) => {
    if (boundary && /\S$/.test(current) && /^\S/.test(text)) flush();
    boundary = false;
    current += text;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      add(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const inline = INLINE.test((node as Element).tagName);
    if (inline) boundary = true;
    else flush();
    for (const child of node.childNodes) walk(child);
    if (inline) boundary = true;
    else flush();
  };
  for (const child of element.childNodes) walk(child);
  flush();
  return found
    .flatMap((piece) => piece.split(SEPARATOR))
    .map((piece) =>
      piece
        .replace(/@[\p{L}\p{N}_]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((piece) => piece !== '');
}

/**
 * A byline and a date printed as one run of text: `By A November 19, 2019, 07:47 PM EST`, `Posted
 * by A on Nov 19, 2019`, `Von A publiziert am 30. Juli 2018`, `Posted on March 30, 2015 by Admin`.
 */
function splitDate(piece: string, dayFirst: boolean): string[] {
  const words = piece.split(' ');
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    if (parseDateLine(rest, { dayFirst })) return [words.slice(0, i).join(' '), rest];
  }
  const dateFirst = /^(.+?)\s+((?:by|par|von|por|door)\s.+)$/i.exec(piece);
  if (dateFirst?.[1] && dateFirst[2] && parseDateLine(dateFirst[1], { dayFirst })) {
    return [dateFirst[2], dateFirst[1]];
  }
  return [piece];
}

/** `by jdadmin` in a byline's element: a login printed as the author's name. */
function login(words: string): Byline | undefined {
  const name = /^by:?\s+([\p{L}\p{N}_.-]{2,30})$/iu.exec(words)?.[1];
  return name === undefined ? undefined : { byline: name, authors: [name] };
}

/** `Sean Martin Sean Martin`: a name printed twice (a link and its hidden copy) once. */
function once(piece: string): string {
  const words = piece.split(' ');
  const half = words.length / 2;
  return Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ')
    ? words.slice(0, half).join(' ')
    : piece;
}

function read(element: Element, dayFirst: boolean): PrintedByline | undefined {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_TEXT) return undefined;
  const parts = pieces(element)
    .map(once)
    .flatMap((piece) => splitDate(piece, dayFirst));
  let byline: Byline | undefined;
  const dates: DateLine = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const date = parseDateLine(part, { dayFirst });
    if (date) {
      if (date.published !== undefined) dates.published ??= date.published;
      if (date.updated !== undefined) dates.updated ??= date.updated;
      continue;
    }
    if (byline) continue;
    const words = BY_ALONE.test(part) && parts[i + 1] !== undefined ? `By ${parts[++i] ?? ''}` : part;
    const names =
      parseByline(words) ??
      (marked(element) && !isRoleLine(words) ? (parseNames(words) ?? login(words)) : undefined);
    if (names) byline = names;
    else if (i === 0 && !marked(element)) return undefined;
  }
  if (!byline) return undefined;
  const printed = once(byline.byline);
  return {
    element,
    byline: printed === byline.byline ? byline : { byline: printed, authors: [...new Set(byline.authors)] },
    ...(dates.published !== undefined && { published: dates.published }),
    ...(dates.updated !== undefined && { updated: dates.updated }),
  };
}

/**
 * The first byline printed among the header's `elements`, with any date printed with it (read
 * day first when the page's language writes dates so).
 */
export function findPrintedByline(elements: readonly Element[], dayFirst = false): PrintedByline | undefined {
  for (const element of elements) {
    const own = [...element.childNodes].some(
      (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
    );
    if (!marked(element) && !own) continue;
    const found = read(element, dayFirst);
    if (found) return found;
  }
  return undefined;
}
