/** Summaries for lists and link previews: the dek, else the first paragraph, cut at a word. */
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { guardNesting } from '../markdown/remark-nesting-guard';

/** Cuts `text` to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncateAtWord(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/**
 * The plain text of the first paragraph of Markdown `body`. Only the opening blocks are parsed,
 * so listing thousands of articles stays cheap.
 */
export function firstParagraph(body: string): string {
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (let i = 0; i < Math.min(blocks.length, 20); i++) {
    // Guarded like the article pipeline: thousands of nested list markers take minutes to parse.
    const tree = fromMarkdown(guardNesting(blocks[i] ?? ''));
    const paragraph = tree.children.find((n): n is Paragraph => n.type === 'paragraph');
    if (!paragraph) continue;
    // Raw HTML is markup, not prose: leave it out of summaries.
    const text = toString(paragraph, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (text.length >= 40 || (text && i === blocks.length - 1)) return text;
  }
  return '';
}

/**
 * The summary of an article: its description, else its dek, else `paragraph`, the text of its
 * first paragraph (computed once, when the body is rendered).
 */
export function describeArticle(
  data: { description?: string | undefined; dek?: string | undefined },
  paragraph: string,
  max = 160,
): string {
  return truncateAtWord(data.description ?? data.dek ?? paragraph, max);
}
