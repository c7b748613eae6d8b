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
 * first line happens to read `Title: …` is not taken apart. Web clippers (Obsidian's) write the
 * same fields as YAML frontmatter between `---` lines.
 */
import { parse } from 'yaml';
import { ImportError } from './draft';
import { readAddress } from './original-url';
import { readableLine } from './text';

export interface ReaderPreamble {
  title?: string;
  /** The values as written. */
  source?: string;
  author?: string;
  published?: string;
  updated?: string;
  archived?: string;
  dek?: string;
  description?: string;
  publisher?: string;
  lang?: string;
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
  modified: 'updated',
  archived: 'archived',
  created: 'archived',
  clipped: 'archived',
  saved: 'archived',
  dek: 'dek',
  subtitle: 'dek',
  description: 'description',
  summary: 'description',
  publisher: 'publisher',
  'site name': 'publisher',
  site: 'publisher',
  lang: 'lang',
  language: 'lang',
  tags: 'tags',
  keywords: 'tags',
};

// The content format's own fields; of those, the ones a preamble has no place for.
const CONTENT_FIELDS = new Set([
  'title',
  'dek',
  'byline',
  'authors',
  'publisher',
  'source',
  'published',
  'updated',
  'archived',
  'description',
  'image',
  'tags',
  'lang',
  'related',
]);
const LOST_IN_IMPORT = new Set(['authors', 'image', 'related']);

const LINE = /^([A-Z][A-Za-z ]{0,30}):(?:\s+(.*))?$/;

export function readReaderPreamble(lines: string[]): ReaderPreamble | undefined {
  if (lines[0]?.trim() === '---') return readFrontmatter(lines);
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

/** A value of YAML frontmatter as text: lists joined, `[[wiki links]]` unwrapped. */
function yamlText(value: unknown, join: string): string | undefined {
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' || typeof item === 'number'
      ? [
          String(item)
            .replace(/^\[\[(.*)\]\]$/, '$1')
            .trim(),
        ]
      : [],
  );
  const text = items.filter((item) => item !== '').join(join);
  return text === '' ? undefined : text;
}

function readFrontmatter(lines: string[]): ReaderPreamble | undefined {
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return undefined;
  let data: unknown;
  try {
    data = parse(lines.slice(1, end).join('\n'), { schema: 'core' });
  } catch (error) {
    throw new ImportError(`frontmatter: not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.every((key) => CONTENT_FIELDS.has(key)) && keys.some((key) => LOST_IN_IMPORT.has(key))) {
    throw new ImportError('already a content file: put it in content/articles/ as it is');
  }
  const found: Partial<Record<Field, string>> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = FIELDS[key.toLowerCase().replace(/[_-]/g, ' ')];
    const text = field && yamlText(value, field === 'tags' ? ', ' : field === 'author' ? ' and ' : ' ');
    if (field && text !== undefined) found[field] ??= text;
  }
  return preamble(found, end + 1, false);
}

function preamble(
  found: Partial<Record<Field, string>>,
  contentStart: number,
  needsTitle = true,
): ReaderPreamble | undefined {
  const { title, source, ...rest } = found;
  if (!title && needsTitle) return undefined;
  const address = source === undefined ? undefined : readAddress(source);
  return {
    ...(title && { title }),
    ...(address !== undefined && { source: address }),
    ...rest,
    contentStart,
  };
}
