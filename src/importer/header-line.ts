/**
 * Header lines under a headline: a byline, a date line, or both on one line separated by `|`
 * or `·` (`By AFP | July 1, 2025`, `Reuters · Mar 4, 2026 · 3 min read`). Shared by raw copies
 * and saved pages, whose extracted text often starts with the same line.
 */
import { parseByline, parseNames, type Byline } from './byline';
import { parseDateLine } from './dates';

export interface HeaderFields {
  byline?: Byline;
  published?: string;
  updated?: string;
}

// "3 min read", "5-minute read": the site's reading time, not part of the article.
const READING_TIME = /^\d+(?:\s*|-)min(?:ute)?s?\.?\s+read$/i;
// A name printed without "By" (`Reuters · Mar 4, 2026`): up to five capitalised words.
const BARE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

// A time printed apart from its date (`Feb 26, 2026 | 9:05 AM`).
export const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu;

// A name printed without "By" has a first name and a surname or two, not a sentence's words.
const MAX_BARE_NAME_WORDS = 4;

/**
 * Names printed alone without "By" (`Sam Meredith`, `Ana Lopes, Ben Carter`): each two to four
 * capitalised words.
 */
export function parseBareNames(line: string): Byline | undefined {
  const names = parseNames(line);
  const isName = (name: string) => {
    const words = name.split(' ').length;
    return words >= 2 && words <= MAX_BARE_NAME_WORDS && isBareName(name);
  };
  return names && names.authors.every(isName) ? names : undefined;
}

/** Whether `text` reads as a name printed without "By" (`Sam Meredith`, `Thomson Reuters`). */
export function isBareName(text: string): boolean {
  return BARE_NAME.test(text);
}

/** The parts of a header line, a time printed apart joined back to the date before it. */
function headerParts(line: string): string[] {
  const parts: string[] = [];
  for (const part of line.split(/\s+[|·•]\s+/)) {
    const previous = parts.at(-1);
    if (previous !== undefined && TIME_ONLY.test(part) && parseDateLine(previous) !== undefined) {
      parts[parts.length - 1] = `${previous} ${part}`;
    } else {
      parts.push(part);
    }
  }
  return parts;
}

/** Reads a header line, or returns `undefined`; `seen` holds the fields earlier lines gave. */
export function parseHeaderLine(line: string, seen: HeaderFields = {}): HeaderFields | undefined {
  const found: HeaderFields = {};
  const parts = headerParts(line);
  const names: string[] = [];
  for (const part of parts) {
    if (parts.length > 1 && READING_TIME.test(part)) continue;
    const byline = parseByline(part);
    if (byline && !seen.byline && !found.byline) {
      found.byline = byline;
      continue;
    }
    const dates = parseDateLine(part);
    if (!dates) {
      if (parts.length === 1 || !BARE_NAME.test(part)) return undefined;
      names.push(part);
      continue;
    }
    for (const key of ['published', 'updated'] as const) {
      const value = dates[key];
      if (value === undefined) continue;
      if (seen[key] !== undefined || found[key] !== undefined) return undefined;
      found[key] = value;
    }
  }
  // A bare name is a byline only beside a date, and only one of them.
  if (names.length > 0) {
    const [name] = names;
    const dated = found.published !== undefined || found.updated !== undefined;
    const byline = name !== undefined && names.length === 1 && dated ? parseNames(name) : undefined;
    if (!byline || seen.byline || found.byline) return undefined;
    found.byline = byline;
  }
  return found;
}
