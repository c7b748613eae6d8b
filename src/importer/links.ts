/**
 * Inline Markdown links in a line of copy: reading `[text](url)` and turning placeholder links
 * (`[AFP](#)`, `[text]()`) into the plain text a reader would see.
 */
import { isPlaceholderHref } from '../lib/urls';

// `[text](target "title")`, not preceded by `!` (images are left alone).
const INLINE_LINK = /(?<!!)\[((?:[^[\]\\]|\\.)*)\]\(\s*(<[^>]*>|[^\s()]*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

export interface InlineLink {
  text: string;
  /** The target as written, without angle brackets; empty for `()`. */
  href: string;
}

function unbracket(target: string): string {
  return target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1) : target;
}

/** Every inline link in `line`, in order. */
export function findLinks(line: string): InlineLink[] {
  return [...line.matchAll(INLINE_LINK)].map((m) => ({ text: m[1] ?? '', href: unbracket(m[2] ?? '') }));
}

/** Replaces placeholder links by their text; real links are kept exactly. */
export function unlinkPlaceholders(line: string): string {
  return line.replace(INLINE_LINK, (whole, text: string, target: string) =>
    isPlaceholderHref(unbracket(target)) ? text : whole,
  );
}

/** Replaces every link by its text: for fields that are plain text, such as the byline. */
export function linkTextOnly(line: string): string {
  return line.replace(INLINE_LINK, (_whole, text: string) => text);
}
