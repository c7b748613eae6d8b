/**
 * Character references left in a page's metadata: JSON-LD strings are never decoded by the HTML
 * parser (`&#8216;`), and sites that encode twice leave `&amp;quot;` in a `<meta content>` that the
 * parser turns into `&quot;`. Each value is decoded once more, so a reader never sees `&quot;`.
 */
import { parseFragment } from 'parse5';

const REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** `text` with its character references decoded, once. */
export function decodeReferences(text: string): string {
  if (!REFERENCE.test(text)) return text;
  const fragment = parseFragment(text.replace(/</g, '&lt;'));
  return fragment.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}
