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

/** Reads a header line, or returns `undefined`; `seen` holds the fields earlier lines gave. */
export function parseHeaderLine(line: string, seen: HeaderFields = {}): HeaderFields | undefined {
  const found: HeaderFields = {};
  const parts = line.split(/\s+[|·•]\s+/);
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
