/**
 * Reads an article file: YAML frontmatter and Markdown body. YAML 1.2's core schema keeps
 * `published: 2025-07-01T10:45:00` as the text written, where Astro's default YAML 1.1 loader
 * would turn it into an instant in UTC (and `2025-13-01` into January 2026).
 */
import { parse } from 'yaml';
import { ContentError } from './content-error';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface ArticleSource {
  data: Record<string, unknown>;
  body: string;
  rawData: string;
}

/** Splits and parses an article file; `shown` names the file in error messages. */
export function parseArticleSource(contents: string, shown: string): ArticleSource {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new ContentError(`${shown}: no frontmatter (the file must start with a --- block)`);
  const rawData = match[1] ?? '';
  let data: unknown;
  try {
    data = parse(rawData, { schema: 'core', prettyErrors: true });
  } catch (error) {
    throw new ContentError(`${shown}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(`${shown}: the frontmatter must be a YAML mapping of fields`);
  }
  return { data: data as Record<string, unknown>, body: contents.slice(match[0].length).trim(), rawData };
}
