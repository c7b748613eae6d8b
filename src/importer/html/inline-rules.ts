/**
 * Turndown rules for inline markup that its defaults write as broken Markdown: emphasis whose
 * delimiters cannot open or close where they stand (inside a word, or punctuation against a
 * letter), links around blocks (`[\n\n### Title\n\n](url)`) and links with no text.
 */
import type TurndownService from 'turndown';

const WORD = /[\p{L}\p{N}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

function charBefore(node: Node): string {
  return node.previousSibling?.textContent?.slice(-1) ?? '';
}

function charAfter(node: Node): string {
  return node.nextSibling?.textContent?.slice(0, 1) ?? '';
}

/** Emphasis as Markdown, or as the HTML element when no delimiter would work there. */
function emphasis(content: string, node: Node, delimiter: string, tag: string): string {
  if (!content.trim()) return '';
  const before = charBefore(node);
  const after = charAfter(node);
  const inWord = WORD.test(before) || WORD.test(after);
  // Underscores never open or close inside a word; asterisks do.
  const mark = inWord ? delimiter.replace(/_/g, '*') : delimiter;
  const stuck =
    (WORD.test(before) && PUNCTUATION.test(content.slice(0, 1))) ||
    (WORD.test(after) && PUNCTUATION.test(content.slice(-1)));
  return stuck ? `<${tag}>${content}</${tag}>` : `${mark}${content}${mark}`;
}

export function addInlineRules(service: TurndownService): void {
  service.addRule('emphasis', {
    filter: ['em', 'i'],
    replacement: (content, node, options) => emphasis(content, node, options.emDelimiter ?? '_', 'em'),
  });
  service.addRule('strong', {
    filter: ['strong', 'b'],
    replacement: (content, node, options) =>
      emphasis(content, node, options.strongDelimiter ?? '**', 'strong'),
  });
  service.addRule('block-links', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      // A teaser link around a heading and a summary: one line of link text.
      const text = content
        .replace(/^\s*#{1,6}\s+/gm, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      if (text === '') return '';
      const element = node as HTMLElement;
      const escaped = (element.getAttribute('href') ?? '').replace(/([<>()])/g, '\\$1');
      const href = escaped.includes(' ') ? `<${escaped}>` : escaped;
      const title = element.getAttribute('title')?.replace(/\s+/g, ' ').trim();
      return `[${text}](${href}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    },
  });
}
