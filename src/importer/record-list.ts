/**
 * A list of records a whole page prints under its story: comments (a name, a time, the text) and
 * teasers (a headline, a writer, a date, a sentence). What gives them away in a copy without the
 * page's markup is repetition: a short block that is little more than a date or a time (a stamp),
 * again and again a few blocks apart. A story prints one stamp, under its headline; a live blog
 * prints many, each over paragraphs of its own, which records do not have.
 */
import type { List, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { datesMentioned } from './dates';

/** What the list needs of a top-level block of the body. */
export interface RecordBlock {
  text: string;
  prose: boolean;
  /** Whether it holds a list of records of its own (./holdsRecordList). */
  records?: boolean;
  /** Whether it opens the comments (./comments-label.ts): the cut starts at it, not above. */
  opensComments?: boolean;
}

// A stamp is short: the date or time with a name, a label or `at` around it.
const STAMP_CHARS = 80;
const STAMP_OTHER_WORDS = 6;
const TIME = /(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?!\d)/giu;
const NUMERIC_DATE = /(?<!\d)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/gu;
const AGO =
  /(?<![\p{L}\d])(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?|years?|分钟|小时|天|秒)\s*(?:ago|前)(?![\p{L}])/giu;

/** Whether `text` is a stamp: a date or a time, with at most a few other words. */
export function isStamp(text: string): boolean {
  if (text.length === 0 || text.length > STAMP_CHARS) return false;
  let rest = text.replace(TIME, ' ').replace(NUMERIC_DATE, ' ').replace(AGO, ' ');
  const dates = datesMentioned(rest);
  if (rest === text && dates.length === 0) return false;
  for (const date of dates) rest = rest.replace(date.text, ' ');
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= STAMP_OTHER_WORDS;
}

// Stamps this many blocks apart at most belong to one list, which has this many at least.
const MAX_APART = 8;
const MIN_RECORDS = 3;
// Records are short: a live blog's entries carry more prose than this between stamps, on average.
const MAX_RECORD_PROSE = 700;

const flat = (node: Nodes) => toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();

/** A list most of whose items (three at least, short) print a stamp on a line of their own. */
function isRecordList(list: List): boolean {
  const records = list.children.filter((item) =>
    item.children.some((child) => child.type !== 'list' && isStamp(flat(child))),
  ).length;
  const short = flat(list).length <= list.children.length * MAX_RECORD_PROSE;
  return records >= MIN_RECORDS && records * 2 >= list.children.length && short;
}

/** Whether `node` is or holds a list of records (comments, teasers), at any depth. */
export function holdsRecordList(node: Nodes): boolean {
  let found = false;
  visit(node, 'list', (list) => {
    found ||= isRecordList(list);
  });
  return found;
}

// The story above the records holds this much prose, and this many times a record's.
const MIN_STORY_PROSE = 300;
const STORY_TO_RECORD = 3;

const proseIn = (blocks: readonly RecordBlock[]) =>
  blocks.reduce((sum, block) => sum + (block.prose ? block.text.length : 0), 0);

/**
 * Where the first run of records (or list of them) under the story starts among `blocks`: the
 * first record's lead (its headline or name above its stamp), or `undefined`. `from` is the
 * story's first paragraph: records count only under a story much longer than a record, so a live
 * blog's entries (a short intro, then timed paragraphs) stay.
 */
export function recordsStart(blocks: readonly RecordBlock[], from: number): number | undefined {
  const lead = (at: number) => {
    let index = at;
    while (index - 1 > from && blocks[index - 1]?.prose === false) index--;
    return index;
  };
  const underStory = (at: number, perRecord: number) => {
    const story = proseIn(blocks.slice(from, lead(at)));
    return story >= MIN_STORY_PROSE && story >= perRecord * STORY_TO_RECORD;
  };
  const list = blocks.findIndex(
    (block, index) =>
      index > from && (block.records === true || block.opensComments === true) && underStory(index, 0),
  );
  const cut = (at: number) => (blocks[at]?.opensComments === true ? at : lead(at));
  // Stamps side by side (a page's dates as metadata, published and updated) are one record's.
  const stamps = blocks.flatMap((block, index) =>
    index > from && isStamp(block.text) && !isStamp(blocks[index - 1]?.text ?? '') ? [index] : [],
  );
  let start = 0;
  while (start < stamps.length) {
    let end = start;
    while (end + 1 < stamps.length && (stamps[end + 1] ?? 0) - (stamps[end] ?? 0) <= MAX_APART) end++;
    const count = end - start + 1;
    const first = stamps[start] ?? 0;
    const last = stamps[end] ?? 0;
    start = end + 1;
    if (list >= 0 && list < first) break;
    if (count < MIN_RECORDS) continue;
    const perRecord = proseIn(blocks.slice(first, last + 1)) / (count - 1);
    if (perRecord <= MAX_RECORD_PROSE && underStory(first, perRecord)) return lead(first);
  }
  return list >= 0 ? cut(list) : undefined;
}
