/**
 * The preamble a reader service (r.jina.ai) writes above a page's Markdown:
 *
 *     Title: Wildfire Forces Evacuation
 *     URL Source: https://www.example.org/news/wildfire
 *     Published Time: 2026-08-02T14:05:00+02:00
 *     Markdown Content:
 *
 * Only a block of `Label: value` lines that starts with `Title:` and ends with
 * `Markdown Content:` counts; anything else in it means the copy has no preamble.
 */
import { readAddress } from './original-url';
import { readableLine } from './text';

export interface ReaderPreamble {
  title: string;
  source?: string;
  /** The `Published Time:` value, as written. */
  published?: string;
  /** The index of the first line after `Markdown Content:`. */
  contentStart: number;
}

const FIELD = /^([A-Z][A-Za-z ]{0,30}):(?:\s+(.*))?$/;

export function readReaderPreamble(lines: string[]): ReaderPreamble | undefined {
  const fields = new Map<string, string>();
  for (let index = 0; index < lines.length; index++) {
    const line = readableLine(lines[index] ?? '');
    if (line === '') continue;
    const m = FIELD.exec(line);
    if (!m?.[1]) return undefined;
    const label = m[1].toLowerCase();
    const value = (m[2] ?? '').trim();
    if (fields.size === 0 && label !== 'title') return undefined;
    if (label === 'markdown content') {
      const title = fields.get('title');
      if (!title || value !== '') return undefined;
      const source = readAddress(fields.get('url source') ?? '');
      const published = fields.get('published time');
      return {
        title,
        ...(source !== undefined && { source }),
        ...(published && { published }),
        contentStart: index + 1,
      };
    }
    fields.set(label, value);
  }
  return undefined;
}
