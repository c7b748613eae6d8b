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
 * same fields as YAML frontmatter between `---` lines. Crawlers write a list of the same labels
 * (`- **URL**: https://…`, `- **Scraped at**: …`), often under a heading that names the host and
 * above an outline of the page's headings; some tools put their own frontmatter or an HTML
 * comment above a reader service's block.
 */
import { ContentError } from '../loaders/content-error';
import { readYaml } from '../loaders/frontmatter';
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
  /** The HTTP status the tool got for the page (`403`), when it records one. */
  status?: string;
  /** The page's own first heading, from an outline of its headings (`- # Headline`). */
  h1?: string;
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
  'original url': 'source',
  'published time': 'published',
  published: 'published',
  'published at': 'published',
  'published on': 'published',
  'publication date': 'published',
  'date published': 'published',
  date: 'published',
  'publish date': 'published',
  updated: 'updated',
  'last updated': 'updated',
  'modified time': 'updated',
  modified: 'updated',
  archived: 'archived',
  created: 'archived',
  clipped: 'archived',
  'clipped at': 'archived',
  saved: 'archived',
  'saved at': 'archived',
  'scraped at': 'archived',
  scraped: 'archived',
  'fetched at': 'archived',
  'crawled at': 'archived',
  'retrieved at': 'archived',
  dek: 'dek',
  subtitle: 'dek',
  headline: 'title',
  description: 'description',
  summary: 'description',
  excerpt: 'description',
  publisher: 'publisher',
  'site name': 'publisher',
  site: 'publisher',
  lang: 'lang',
  language: 'lang',
  tags: 'tags',
  keywords: 'tags',
  'http status': 'status',
  'status code': 'status',
  status: 'status',
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

/** The field a label names (`URL Source`, `published_at`, `Scraped at`), if any. */
function fieldOf(label: string): Field | undefined {
  return FIELDS[label.toLowerCase().replace(/[_-]/g, ' ').replace(/\s+/g, ' ').trim()];
}

export function readReaderPreamble(lines: string[]): ReaderPreamble | undefined {
  const frontmatter = lines[0]?.trim() === '---' ? readFrontmatter(lines) : undefined;
  const from = frontmatter?.contentStart ?? 0;
  const start = firstContentLine(lines, from);
  const block =
    readLabelBlock(lines, start) ??
    readLabelBlock(lines, firstContentLine(lines, afterToolNotes(lines, start)), true) ??
    readMetadataList(lines, from);
  const nearby = frontmatter && !block ? findReaderBlock(lines, from) : undefined;
  const under = block ?? nearby;
  if (!frontmatter) return under;
  if (!under) return frontmatter;
  // The tool's own frontmatter first; the block under it fills what it leaves out.
  const merged: ReaderPreamble = { ...under, ...definedFields(frontmatter) };
  merged.contentStart = under.contentStart;
  return merged;
}

function definedFields(preamble: ReaderPreamble): Partial<ReaderPreamble> {
  return Object.fromEntries(
    Object.entries(preamble).filter(([key, value]) => key !== 'contentStart' && value !== undefined),
  );
}

// `<!-- Hydrated 2026-04-18 via jina-reader -->`: a tool's note above the block it wrote.
const COMMENT_LINE = /^<!--.*-->$/;

// `# Source: https://…`, `# Fetched: 2026-09-06 via r.jina.ai`, `### Источник: https://…`: a tool's
// notes as heading lines, in any script.
const TOOL_NOTE = /^#{1,6}\s+\p{Lu}[\p{L} ]{0,20}:\s+\S/u;

/** The first line after the tool's notes that start at `from`, read only above a reader's block. */
function afterToolNotes(lines: string[], from: number): number {
  let index = from;
  for (let next = from; next < lines.length; next = firstContentLine(lines, next + 1)) {
    if (!TOOL_NOTE.test(readableLine(lines[next] ?? ''))) break;
    index = next + 1;
  }
  return index;
}

/** The first line at or after `from` that is neither blank nor an HTML comment. */
function firstContentLine(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length) {
    const line = readableLine(lines[index] ?? '');
    if (line !== '' && !COMMENT_LINE.test(line)) break;
    index++;
  }
  return index;
}

// How far under a tool's frontmatter a reader service's block may start.
const MAX_BLOCK_DISTANCE = 40;

/** A reader service's block (`Title:` … `Markdown Content:`) a little below a tool's frontmatter. */
function findReaderBlock(lines: string[], from: number): ReaderPreamble | undefined {
  for (let index = from; index < Math.min(lines.length, from + MAX_BLOCK_DISTANCE); index++) {
    if (!/^Title:\s/.test(readableLine(lines[index] ?? ''))) continue;
    const block = readLabelBlock(lines, index, true);
    if (block) return block;
  }
  return undefined;
}

// `- **URL**: https://…`, `* **Scraped at:** 2026-02-28`, `**Author**: Jane Doe`.
const LIST_ITEM = /^(?:[-*+]\s+)?(?:\*\*([^*:]{1,30}?):?\*\*|__([^_:]{1,30}?):?__):?\s*(.*)$/;
// How far down the list may start (under a heading or two).
const MAX_LIST_START = 12;
// A heading that only names a host (`# www.example.com`): the crawler's, not the story's.
const HOST_HEADING = /^#{1,2}\s+(?:www\d*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.?$/i;

/**
 * A crawler's list of labelled values near the top, under at most a host heading and a section
 * heading, then an optional outline of the page's headings (`- # Headline`), then one section
 * heading of the crawler's (`## Content`) before the page's text.
 */
function readMetadataList(lines: string[], from: number): ReaderPreamble | undefined {
  let index = from;
  let headings = 0;
  for (; index < lines.length && index < from + MAX_LIST_START; index++) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    if (LIST_ITEM.test(line)) break;
    if (!/^#{1,3}\s/.test(line) || ++headings > 2) return undefined;
    if (/^#\s/.test(line) && !HOST_HEADING.test(line)) return undefined;
  }
  const found: Partial<Record<Field, string>> = {};
  let items = 0;
  for (; index < lines.length; index++) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    const m = LIST_ITEM.exec(line);
    const label = m?.[1] ?? m?.[2];
    if (label === undefined) break;
    items++;
    const field = fieldOf(label);
    const value = (m?.[3] ?? '').trim();
    if (field !== undefined && value !== '') found[field] ??= value;
  }
  if (items < 2 || Object.keys(found).length === 0) return undefined;
  const rest = readOutline(lines, index);
  if (rest.h1 !== undefined) found.title ??= rest.h1;
  const read = preamble(found, rest.contentStart, false);
  return read && rest.h1 !== undefined ? { ...read, h1: rest.h1 } : read;
}

/** After a crawler's list: its outline of the page's headings, and its own section heading. */
function readOutline(lines: string[], from: number): { h1?: string; contentStart: number } {
  let index = firstContentLine(lines, from);
  let h1: string | undefined;
  const heading = /^##\s/.test(readableLine(lines[index] ?? ''));
  const next = firstContentLine(lines, index + 1);
  if (heading && /^[-*+]\s+#{1,6}\s/.test(readableLine(lines[next] ?? ''))) {
    // The outline: list items that are headings, up to the next section heading.
    index = next;
    for (; index < lines.length; index++) {
      const line = readableLine(lines[index] ?? '');
      if (/^##\s/.test(line)) break;
      const text = /^[-*+]\s+#\s+(.+)$/.exec(line)?.[1];
      if (text !== undefined) h1 ??= text;
    }
  }
  // The crawler's section heading (`## Content`) over the page's text.
  if (/^##\s/.test(readableLine(lines[index] ?? ''))) index++;
  return { ...(h1 !== undefined && { h1 }), contentStart: index };
}

/**
 * A block of `Label: value` lines starting at `start`. With `Markdown Content:` closing it, any
 * labels; without, known labels only and a blank line after.
 */
function readLabelBlock(lines: string[], start: number, closed = false): ReaderPreamble | undefined {
  const found: Partial<Record<Field, string>> = {};
  let unknown = false;
  let index = start;
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
    const field = fieldOf(label);
    // `Warning: Target URL returned error 403: Forbidden`: the page the service got.
    const error = label === 'warning' ? /\berror (\d{3})\b/i.exec(value)?.[1] : undefined;
    if (error !== undefined) found.status ??= error;
    else if (field === undefined) unknown = true;
    else if (value !== '') found[field] ??= value;
  }
  // An exporter's block: known labels only, and a blank line before the story.
  if (closed || unknown || index === lines.length || readableLine(lines[index - 1] ?? '') !== '') {
    return undefined;
  }
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
    // The site's own reader: every problem by field and line, never the copy's text.
    data = readYaml(lines.slice(1, end).join('\n'), 'frontmatter: not valid YAML', 2);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new ImportError(error.problems.join('\n'));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if (keys.every((key) => CONTENT_FIELDS.has(key)) && keys.some((key) => LOST_IN_IMPORT.has(key))) {
    throw new ImportError('already a content file: put it in content/articles/ as it is');
  }
  const found: Partial<Record<Field, string>> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fieldOf(key);
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
