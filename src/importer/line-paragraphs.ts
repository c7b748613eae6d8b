/**
 * Paragraphs written one per line, as text extractors write them: in Markdown, lines without a
 * blank between them are one paragraph, so a whole article would become one `<p>`. A paragraph
 * is split at its line ends only when its lines are longer than any hard wrap (so hard-wrapped
 * prose and short, poem-like lines keep their shape) and it has no deliberate line breaks.
 */
import type { Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

// Editors and mail hard-wrap at 72-80 columns, some at 100; a longer line was not wrapped.
const WRAP = 120;

function isLineParagraphs(paragraph: Paragraph, lines: string[]): boolean {
  const start = paragraph.position?.start.line;
  const end = paragraph.position?.end.line;
  if (start === undefined || end === undefined || end === start) return false;
  let hardBreak = false;
  visit(paragraph, 'break', () => {
    hardBreak = true;
  });
  if (hardBreak) return false;
  const own = lines.slice(start - 1, end);
  const long = own.filter((line) => line.trim().length > WRAP).length;
  return long * 2 >= own.length;
}

/** `markdown` with every paragraph of one-line paragraphs split at its line ends. */
export function splitLineParagraphs(markdown: string): string {
  if (!markdown.includes('\n')) return markdown;
  const lines = markdown.split('\n');
  const tree = parser.parse(markdown) as Root;
  const splits = new Set<number>();
  // Only paragraphs at the top level or in quotes: list items and table cells keep their lines.
  visit(tree, 'paragraph', (paragraph, _index, parent) => {
    if (parent?.type !== 'root' && parent?.type !== 'blockquote') return;
    if (!isLineParagraphs(paragraph, lines)) return;
    const start = paragraph.position?.start.line ?? 0;
    const end = paragraph.position?.end.line ?? 0;
    for (let line = start; line < end; line++) splits.add(line);
  });
  if (splits.size === 0) return markdown;
  return lines
    .flatMap((line, index) => {
      if (!splits.has(index + 1)) return [line];
      // Inside a quote, the blank line keeps the quote's marker.
      const quote = /^\s*(?:>\s?)+/.exec(line)?.[0]?.trimEnd();
      return [line, quote ?? ''];
    })
    .join('\n');
}
