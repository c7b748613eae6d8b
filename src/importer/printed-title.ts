/**
 * Where a copy prints its headline when a tool's block names it but the copy under it is a whole
 * page turned to text (a reader service's Markdown, a crawler's dump): the first line, heading or
 * not, that reads as the title without the site's name, or failing that as the whole title. The
 * page's `<title>` echoed at the top (`Headline | Section | Site`) is passed over for the printed
 * headline further down.
 */
import { plainText } from './plain-text';
import { withoutSiteName } from './site-name';
import { readableLine } from './text';

export interface PrintedTitle {
  /** As printed. */
  text: string;
  /** Its first line. */
  start: number;
  /** Its last line (a setext heading's underline). */
  index: number;
  /** Whether it is printed as a Markdown heading. */
  heading: boolean;
  /** Whether the line is the whole title, site name and all (`withoutSiteName` gives the headline). */
  whole: boolean;
}

// How far into the copy the headline may stand below the page's menus.
const MAX_DEPTH = 1000;

/** Quotes, dashes, spacing and case aside, the same words. */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('und');
}

// Words a title shares with any other: they confirm nothing.
const MIN_WORD = 3;
// A heading shares at least this share of its words, and two words, with a stated title.
const MIN_SHARED = 0.5;

/** The words of a title that say something; pairs of characters for scripts written without spaces. */
function words(text: string): Set<string> {
  const lower = text.normalize('NFKC').toLocaleLowerCase('und');
  const found = new Set(
    (lower.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= MIN_WORD && !/\p{Lo}/u.test(word)),
  );
  const ideographs = (lower.match(/\p{Lo}+/gu) ?? []).join('');
  for (let i = 0; i + 1 < ideographs.length; i++) found.add(ideographs.slice(i, i + 2));
  return found;
}

/**
 * Whether a stated `title` confirms a printed `heading` that does not print it: the heading shares
 * half its words, and two at least, with it (a title rewritten for search keeps the story's names).
 */
export function confirmsTitle(heading: string, title: string): boolean {
  const own = words(heading);
  if (own.size === 0) return false;
  const other = words(title);
  const shared = [...own].filter((word) => other.has(word)).length;
  return shared >= 2 && shared / own.size >= MIN_SHARED;
}

interface Line {
  text: string;
  heading: boolean;
  /** Whether it is a first-level heading (`# …`, or over `===`): the page's `<h1>`. */
  top: boolean;
  end: number;
}

function lineAt(lines: readonly string[], index: number): Line {
  const line = readableLine(lines[index] ?? '');
  const atx = /^(#{1,6})\s+(.+?)(?:\s+#+)?$/.exec(line);
  if (atx?.[2] !== undefined) return { text: atx[2], heading: true, top: atx[1] === '#', end: index };
  const under = readableLine(lines[index + 1] ?? '');
  if (/^(?:=+|-+)$/.test(under) && line !== '') {
    return { text: line, heading: true, top: under.startsWith('='), end: index + 1 };
  }
  return { text: line, heading: false, top: false, end: index };
}

/**
 * The line of `lines` from `from` that prints one of `titles` (a title with its site name, a
 * page's first heading), or `undefined`. `keys` are the site names `withoutSiteName` may remove.
 */
export function findPrintedTitle(
  lines: readonly string[],
  from: number,
  titles: readonly (string | undefined)[],
  keys: readonly string[],
): PrintedTitle | undefined {
  const whole = new Set<string>();
  const bare = new Set<string>();
  // A heading that prints the title up to its last separator: `Headline - Site` the copy's own
  // heading shows as `Headline`, whatever the site calls itself.
  const headed = new Set<string>();
  for (const title of titles) {
    if (title === undefined || title.trim() === '') continue;
    const text = plainText(title);
    const stripped = withoutSiteName(text, keys);
    whole.add(titleKey(text));
    // A title with no site name to remove is matched as a whole: a heading may still beat it.
    if (stripped !== text && (stripped.split(/\s+/).length >= 2 || /\p{Lo}{4}/u.test(stripped))) {
      bare.add(titleKey(stripped));
    }
    const head = /^(.+?)\s+(?:\||-|–|—|·|•|::|»)\s+[^|–—·•»]+$/u.exec(text)?.[1];
    if (head !== undefined) headed.add(titleKey(head));
  }
  let fallback: PrintedTitle | undefined;
  // The title printed as plain text or a minor heading (a print header, a breadcrumb, a teaser)
  // gives way to the same words printed as the page's `<h1>` further down.
  let minor: PrintedTitle | undefined;
  const end = Math.min(lines.length, from + MAX_DEPTH);
  for (let index = from; index < end; index++) {
    const { text, heading, top, end: last } = lineAt(lines, index);
    if (text === '') continue;
    const found = titleKey(plainText(text));
    if (bare.has(found) || (heading && headed.has(found))) {
      const printed = { text, start: index, index: last, heading, whole: false };
      if (top) return printed;
      if (minor === undefined || (heading && !minor.heading)) minor = printed;
    }
    if (whole.has(found)) fallback ??= { text, start: index, index: last, heading, whole: true };
  }
  return minor ?? fallback;
}
