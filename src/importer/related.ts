/**
 * `**Related article:** [title](url)` lines, which scrapers keep wherever the original had a
 * "related" box. Placeholder targets lose their URL; relative ones are resolved against the
 * original article's address.
 */
import { isHttpUrl, isPlaceholderHref } from '../lib/urls';
import { findLinks } from './links';
import { plainText } from './plain-text';

export interface RelatedLink {
  title: string;
  url?: string;
}

const LABEL =
  /^(?:\*\*|__)?\s*(?:related(?: articles?| stories| story| content| reading| coverage)?|read (?:more|also)|see also|more on this)\s*:?\s*(?:\*\*|__)?\s*:?\s*/i;

/** Resolves a related link's target; `undefined` when the copy lost it or it is not http(s). */
export function resolveRelatedUrl(href: string, base: string | undefined): string | undefined {
  if (isPlaceholderHref(href) || href.startsWith('#')) return undefined;
  let url: string;
  if (isHttpUrl(href)) url = href;
  else if (base !== undefined && URL.canParse(href, base)) url = new URL(href, base).href;
  else return undefined;
  return isHttpUrl(url) ? url : undefined;
}

/**
 * Reads a line as a related-articles line: a label, then one or more links and nothing else.
 * Returns the links with their targets as written (resolve them once the source is known).
 */
export function parseRelatedLine(line: string): RelatedLink[] | undefined {
  const label = LABEL.exec(line);
  if (!label || label[0].trim() === '') return undefined;
  const rest = line.slice(label[0].length);
  const links = findLinks(rest);
  if (links.length === 0) return undefined;
  // Only links and separators may follow the label.
  const leftover = rest.replace(/(?<!!)\[(?:[^[\]\\]|\\.)*\]\([^)]*\)/g, '').replace(/[\s,;|·•*_]+/g, '');
  if (leftover !== '') return undefined;
  return links.map(({ text, href }) => ({ title: plainText(text), url: href }));
}
