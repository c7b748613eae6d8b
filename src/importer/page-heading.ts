/**
 * The page's own headline in a whole-page copy whose stated title was rewritten for search or
 * sharing (`WeWork employees to be laid off this week` over a printed `Major WeWork layoffs to
 * begin today`): the first first-level heading (`# …`, or a line over `===`) that is not the
 * site's name and shares a telling word with the title. Later headings must share more (see
 * `confirmsTitle`): the first is the page's `<h1>`, the others are teasers and widgets.
 */
import { parseByline } from './byline';
import { parseDateLine } from './dates';
import { plainText } from './plain-text';
import { confirmsTitle, titleKey, type PrintedTitle } from './printed-title';
import { isSiteName, withoutSiteName } from './site-name';
import { readableLine } from './text';

// How far into the copy the headline may stand below the page's menus.
const MAX_DEPTH = 1000;
// A shared word this long names something (`WeWork`, `hiking`), not grammar.
const MIN_TELLING = 4;
// A headline is a phrase, not a label (`Menu`, `Search`).
const MIN_WORDS = 2;

function telling(text: string): Set<string> {
  const lower = text.normalize('NFKC').toLocaleLowerCase('und');
  return new Set((lower.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= MIN_TELLING));
}

/** The heading's text and last line at `index`, when a first-level heading starts there. */
function headingAt(lines: readonly string[], index: number): { text: string; end: number } | undefined {
  const line = readableLine(lines[index] ?? '');
  const atx = /^#\s+(.+?)(?:\s+#+)?$/.exec(line)?.[1];
  if (atx !== undefined) return { text: atx, end: index };
  if (line !== '' && /^=+$/.test(readableLine(lines[index + 1] ?? ''))) return { text: line, end: index + 1 };
  return undefined;
}

// How far below a sticky header's copy of the headline the headline itself may be printed.
const MAX_REPEAT_GAP = 150;

// How many lines under a heading are looked at for the story's date or byline.
const HEADER_LINES = 4;

/** Whether one of the few lines under `index` prints a date or a byline: the story's own header. */
function headsStory(lines: readonly string[], index: number): boolean {
  let seen = 0;
  for (let at = index + 1; at < lines.length && seen < HEADER_LINES; at++) {
    const line = plainText(readableLine(lines[at] ?? '').replace(/^(?:[-*+]|\d+[.)])\s+/, ''));
    if (line === '') continue;
    seen++;
    if (parseDateLine(line) !== undefined || parseByline(line) !== undefined) return true;
  }
  return false;
}

/**
 * The headline's heading printed again a little further down, nearer the story (a sticky or
 * sharing header prints it first), or the heading given when the story's date or byline is
 * printed right under it (the later copy is then a teaser's).
 */
export function repeatedHeading(lines: readonly string[], printed: PrintedTitle): PrintedTitle {
  if (!printed.heading || headsStory(lines, printed.index)) return printed;
  const key = plainText(printed.text);
  const end = Math.min(lines.length, printed.index + 1 + MAX_REPEAT_GAP);
  let found = printed;
  for (let index = printed.index + 1; index < end; index++) {
    const heading = headingAt(lines, index);
    if (heading !== undefined && plainText(heading.text) === key) {
      found = { ...printed, text: heading.text, start: index, index: heading.end };
    }
  }
  return found;
}

/** The page's printed headline from `from` (see above), or `undefined`. */
export function findPageHeading(
  lines: readonly string[],
  from: number,
  title: string,
  keys: readonly string[],
): PrintedTitle | undefined {
  const bare = withoutSiteName(plainText(title), keys);
  const words = telling(bare);
  let first = true;
  const end = Math.min(lines.length, from + MAX_DEPTH);
  // A heading that prints the title exactly wins over one before it with the site's name added.
  for (let index = from; index < end; index++) {
    const heading = headingAt(lines, index);
    if (heading !== undefined && titleKey(plainText(heading.text)) === titleKey(bare)) {
      return { text: heading.text, start: index, index: heading.end, heading: true, whole: false };
    }
  }
  for (let index = from; index < end; index++) {
    const heading = headingAt(lines, index);
    if (heading === undefined) continue;
    const text = plainText(heading.text);
    if (isSiteName(text, keys) || text.split(/\s+/).length < MIN_WORDS) continue;
    const shares = [...telling(text)].some((word) => words.has(word));
    if ((first && shares) || confirmsTitle(text, bare)) {
      return { text: heading.text, start: index, index: heading.end, heading: true, whole: false };
    }
    first = false;
  }
  return undefined;
}
