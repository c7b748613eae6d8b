/**
 * The headline of a whole page turned to text under a tool's block (a reader service, a crawler):
 * the line that prints the block's title or the page's first heading, with the lines of chrome
 * above it to leave out and say so.
 */
import { findPageHeading, repeatedHeading } from './page-heading';
import { findPrintedTitle } from './printed-title';
import type { ReaderPreamble } from './reader-preamble';
import { siteKeys, withoutSiteName } from './site-name';
import { readableLine } from './text';

export interface PrintedHeadline {
  text: string;
  /** Its last line. */
  index: number;
  /** The non-blank lines above it, after the block. */
  chrome: number[];
  /** Where it was read, for messages. */
  from: string;
}

// Lines of page chrome above the headline listed one by one in warnings; more are summed up.
const MAX_CHROME_WARNINGS = 6;

/** The site names a block names (its publisher, its author, its address's host). */
export function preambleSiteKeys(preamble: ReaderPreamble): string[] {
  return siteKeys([preamble.publisher, preamble.author], preamble.source);
}

/** The printed headline under `preamble`, or `undefined` when the copy does not print its title. */
export function printedHeadline(
  lines: readonly string[],
  preamble: ReaderPreamble,
): PrintedHeadline | undefined {
  const keys = preambleSiteKeys(preamble);
  // A crawler that states no title often starts the page's text with its `<title>`.
  const firstLine = lines.slice(preamble.contentStart).find((line) => readableLine(line) !== '');
  const titles = [preamble.h1, preamble.title ?? (preamble.h1 === undefined ? firstLine : undefined)];
  const found = findPrintedTitle(lines, preamble.contentStart, titles, keys);
  // A page whose headline is not its stated title (rewritten for search) prints it as its heading,
  // also when the page's text starts by echoing the whole title.
  const chosen =
    found !== undefined && !found.whole
      ? found
      : ((preamble.title === undefined
          ? undefined
          : findPageHeading(lines, preamble.contentStart, preamble.title, keys)) ?? found);
  if (!chosen) return undefined;
  const printed = repeatedHeading(lines, chosen);
  const chrome: number[] = [];
  for (let index = preamble.contentStart; index < printed.start; index++) {
    if (readableLine(lines[index] ?? '') !== '') chrome.push(index);
  }
  const text = printed.whole ? withoutSiteName(printed.text, keys) : printed.text;
  const atx = /^#{1,6}\s+(.+?)(?:\s+#+)?$/.exec(readableLine(text))?.[1];
  return { text: atx ?? text, index: printed.index, chrome, from: `line ${printed.index + 1}` };
}

/** Warnings for the lines of page chrome left out above the headline. */
export function chromeWarnings(lines: readonly string[], chrome: readonly number[]): string[] {
  if (chrome.length > MAX_CHROME_WARNINGS) {
    const first = (chrome[0] ?? 0) + 1;
    const last = (chrome.at(-1) ?? 0) + 1;
    return [`lines ${first}-${last}: ${chrome.length} lines of page chrome left out, above the headline`];
  }
  return chrome.map(
    (index) => `line ${index + 1}: left out, above the headline: "${readableLine(lines[index] ?? '')}"`,
  );
}
