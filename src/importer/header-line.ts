/**
 * Header lines under a headline: a byline, a date line, or both on one line separated by `|`
 * or `·` (`By AFP | July 1, 2025`). Shared by raw copies and saved pages, whose extracted text
 * often starts with the same line.
 */
import { parseByline, type Byline } from './byline';
import { parseDateLine } from './dates';

export interface HeaderFields {
  byline?: Byline;
  published?: string;
  updated?: string;
}

/** Reads a header line, or returns `undefined`; `seen` holds the fields earlier lines gave. */
export function parseHeaderLine(line: string, seen: HeaderFields = {}): HeaderFields | undefined {
  const found: HeaderFields = {};
  for (const part of line.split(/\s+[|·•]\s+/)) {
    const byline = parseByline(part);
    if (byline && !seen.byline && !found.byline) {
      found.byline = byline;
      continue;
    }
    const dates = parseDateLine(part);
    if (!dates) return undefined;
    for (const key of ['published', 'updated'] as const) {
      const value = dates[key];
      if (value === undefined) continue;
      if (seen[key] !== undefined || found[key] !== undefined) return undefined;
      found[key] = value;
    }
  }
  return found;
}
