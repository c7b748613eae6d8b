/**
 * A block of `Label: value` lines that some tools write above a page's Markdown, starting with
 * the title. A reader service (r.jina.ai) closes it with `Markdown Content:`:
 *
 *     Title: Wildfire Forces Evacuation
 *     URL Source: https://www.example.org/news/wildfire
 *     Published Time: 2026-08-02T14:05:00+02:00
 *     Markdown Content:
 *
 * Article exporters end it with a blank line before the story (`Title:`, `Author:`, `Date:`,
 * `URL:`). Without `Markdown Content:`, every label must be one we know, so that a story whose
 * first line happens to read `Title: …` is not taken apart.
 */
import { readAddress } from './original-url';
import { readableLine } from './text';

export interface ReaderPreamble {
  title: string;
  /** The values as written. */
  source?: string;
  author?: string;
  published?: string;
  updated?: string;
  description?: string;
  tags?: string;
  /** The index of the first line after the block. */
  contentStart: number;
}

type Field = Exclude<keyof ReaderPreamble, 'contentStart'>;

const FIELDS: Record<string, Field> = {
  title: 'title',
  'url source': 'source',
  url: 'source',
  source: 'source',
  link: 'source',
  'canonical url': 'source',
  author: 'author',
  authors: 'author',
  byline: 'author',
  'published time': 'published',
  published: 'published',
  date: 'published',
  'publish date': 'published',
  updated: 'updated',
  'modified time': 'updated',
  description: 'description',
  summary: 'description',
  tags: 'tags',
  keywords: 'tags',
};

const LINE = /^([A-Z][A-Za-z ]{0,30}):(?:\s+(.*))?$/;

export function readReaderPreamble(lines: string[]): ReaderPreamble | undefined {
  const found: Partial<Record<Field, string>> = {};
  let unknown = false;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    const m = LINE.exec(line);
    if (!m?.[1]) break;
    const label = m[1].toLowerCase();
    const value = (m[2] ?? '').trim();
    if (Object.keys(found).length === 0 && label !== 'title') return undefined;
    if (label === 'markdown content') {
      if (value !== '') return undefined;
      return preamble(found, index + 1);
    }
    const field = FIELDS[label];
    if (field === undefined) unknown = true;
    else if (value !== '') found[field] ??= value;
  }
  // An exporter's block: known labels only, and a blank line before the story.
  if (unknown || index === lines.length || readableLine(lines[index - 1] ?? '') !== '') return undefined;
  if (Object.keys(found).length < 2) return undefined;
  return preamble(found, index);
}

function preamble(found: Partial<Record<Field, string>>, contentStart: number): ReaderPreamble | undefined {
  const { title, source, ...rest } = found;
  if (!title) return undefined;
  const address = source === undefined ? undefined : readAddress(source);
  return { title, ...(address !== undefined && { source: address }), ...rest, contentStart };
}
