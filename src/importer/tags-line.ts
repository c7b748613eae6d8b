/**
 * The topics line a scraper keeps from under a story: `Tags: Transport, City Council`,
 * `Topics: [Energy](/topic/energy) · [Europe](/topic/europe)`, `Filed under: Courts`.
 */
import { linkTextOnly } from './links';
import { plainText } from './plain-text';
import { unwrapEmphasis } from './text';

const LABEL = /^(?:tags|topics|related topics|filed under|keywords|more on)\s*:\s*(.+)$/i;
const SEPARATOR = /\s*(?:[,;|·•]|\s\/\s)\s*/;
// A tag is a name, not a sentence.
const MAX_TAG = 40;

/** The tags on `line`, or `undefined` when it is not a tags line. */
export function parseTagsLine(line: string): string[] | undefined {
  const list = LABEL.exec(unwrapEmphasis(line.replace(/^(\*\*|__)([^*_]+?)\1\s*/, '$2 ')))?.[1];
  if (list === undefined) return undefined;
  const text = linkTextOnly(list).trim();
  // `#climate #energy`
  const hashtags = /^#\S+(?:\s+#\S+)*$/.test(text);
  const tags = text
    .split(hashtags ? /\s+/ : SEPARATOR)
    .map((tag) => plainText(tag).replace(/^#/, ''))
    .filter((tag) => tag !== '');
  if (tags.length === 0 || tags.some((tag) => tag.length > MAX_TAG || /[.!?]$/.test(tag))) return undefined;
  return tags;
}
