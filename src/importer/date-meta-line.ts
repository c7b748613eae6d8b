/**
 * The line of metadata a page prints under its headline (`2025-11-21 [News](…) [Tools](…) 0 0
 * [0](…#comments)`): the date a tool's block already gives, printed again among links to sections
 * and counters of views and comments. It holds no word of the story.
 */
import { readAuthorLinks } from './author-link';
import { datesMentioned } from './dates';
import { parseBareNames } from './header-line';

// What is left of such a line once its date and links are gone: counters and separators.
const COUNTERS = /^[\s\d\p{P}\p{S}]*$/u;

/** Whether `line` is nothing but the day of `stated` (a date as the copy states it), links and counters. */
export function isDateMetaLine(line: string, stated: string): boolean {
  const day = datesMentioned(stated)[0]?.iso.slice(0, 10);
  if (day === undefined) return false;
  // A name among the links is a byline printed beside the date (`[Jane Doe](…/author/…) 18/11/2019`).
  const texts = [...line.matchAll(/\[([^\]]*)\]\([^)]*\)/g)].map((match) => match[1] ?? '');
  if (readAuthorLinks(line) !== undefined || texts.some((text) => parseBareNames(text) !== undefined))
    return false;
  const unlinked = line.replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ');
  const dates = datesMentioned(unlinked);
  const date = dates[0];
  if (dates.length !== 1 || date === undefined || !date.iso.startsWith(day)) return false;
  return COUNTERS.test(unlinked.replace(date.text, ' '));
}
