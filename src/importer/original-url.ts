/**
 * The `Original url:` block that closes a raw copy: the address on the same line or on the next
 * non-blank line, bare, in `<...>` or as a Markdown link.
 */
import { findLinks } from './links';
import { unwrapEmphasis } from './text';

const LABEL =
  /^(?:\*\*|__)?\s*(?:original\s+(?:url|link|article|address)|source(?:\s+url)?)\s*:\s*(?:\*\*|__)?\s*/i;

/** The address written in `text`, or `undefined` if it holds something else. */
export function readAddress(text: string): string | undefined {
  const value = unwrapEmphasis(text.trim());
  const angled = /^<([^<>\s]+)>$/.exec(value);
  if (angled?.[1]) return angled[1];
  const links = findLinks(value);
  if (links.length === 1 && links[0] && /^\[[^\]]*\]\([^)]*\)$/.test(value)) return links[0].href;
  if (/^\S+:\/\/\S+$/.test(value)) return value;
  return undefined;
}

/**
 * Reads a line as the start of the original-URL block. `address` is set when the line carries it;
 * otherwise the address is expected on the next non-blank line.
 */
export function parseOriginalUrlLabel(line: string): { address?: string } | undefined {
  const m = LABEL.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length).trim();
  if (rest === '') return {};
  const address = readAddress(rest);
  return address === undefined ? undefined : { address };
}
