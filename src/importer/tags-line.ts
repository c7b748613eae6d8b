/**
 * The topics line a scraper keeps from under a story: `Tags: Transport, City Council`,
 * `Topics: [Energy](/topic/energy) · [Europe](/topic/europe)`, `Filed under: Courts`.
 */
import { plainText } from './plain-text';

const LABEL = /^(?:tags|topics|related topics|filed under|keywords|more on)\s*:\s*(.+)$/i;
const SEPARATOR = /\s*(?:[,;|·•]|\s\/\s)\s*/;
// A tag is a name, not a sentence.
const MAX_TAG = 40;

/** The tags in a plain-text list (`Rail, Strikes`, `#climate #energy`), or `undefined`. */
export function parseTagList(list: string): string[] | undefined {
  const hashtags = /^#\S+(?:\s+#\S+)*$/.test(list);
  const tags = list
    .split(hashtags ? /\s+/ : SEPARATOR)
    .map((tag) => tag.trim().replace(/^#/, ''))
    .filter((tag) => tag !== '');
  if (tags.length === 0 || tags.some((tag) => tag.length > MAX_TAG || /[.!?]$/.test(tag))) return undefined;
  return tags;
}

/** The tags on `line`, or `undefined` when it is not a tags line. */
export function parseTagsLine(line: string): string[] | undefined {
  // As a reader sees it: `**Topics:** [Energy](…)` reads `Topics: Energy`.
  const list = LABEL.exec(plainText(line))?.[1];
  return list === undefined ? undefined : parseTagList(list);
}
