/**
 * What turndown's text escaping leaves open, so that page text stays text in Markdown: `15) ` at
 * the start of a line (an ordered list), `<tag` (raw HTML, which would swallow `<The Title>`) and
 * `&name;` (a character reference, which would turn `&lt;` into `<`).
 */
const ESCAPES: [RegExp, string][] = [
  [/^(\d+)\)(?=\s|$)/, '$1\\)'],
  [/<(?=[\p{L}/!?])/gu, '\\<'],
  [/&(?=#?[\p{L}\p{N}]+;)/gu, '\\&'],
];

/** Escapes the rest of `text`, already escaped by turndown. */
export function escapeMore(text: string): string {
  return ESCAPES.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
}
