/**
 * Paragraphs written one per line, as text extractors write them: in Markdown, lines without a
 * blank between them are one paragraph, so a whole article would become one `<p>`. A paragraph
 * is split at its line ends only when its lines are longer than any hard wrap (so hard-wrapped
 * prose and short, poem-like lines keep their shape) and it has no deliberate line breaks. A
 * whole page written as text (menus, captions and paragraphs one per line) is one paragraph of
 * mostly short lines, but two lines longer than any hard wrap show it was not wrapped.
 */
import type { Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

// Editors and mail hard-wrap at 72-80 columns, some at 100; a longer line was not wrapped.
const WRAP = 120;
// Lines longer than WRAP that make a paragraph of short lines one line per block.
const UNWRAPPED = 2;

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
  return long * 2 >= own.length || long >= UNWRAPPED;
}

/**
 * `lines` with a blank line after each line of a paragraph of one-line paragraphs, and for each
 * line the index of the line in `lines` it was (a blank added takes the line above it). `written`,
 * the same lines as the copy wrote them, decides (lines since blanked would break its paragraphs).
 */
export function splitLineParagraphLines(
  lines: string[],
  written: string[] = lines,
): { lines: string[]; origin: number[] } {
  const origin = lines.map((_, index) => index);
  if (lines.length < 2) return { lines, origin };
  const tree = parser.parse(written.join('\n')) as Root;
  const splits = new Set<number>();
  // Only paragraphs at the top level or in quotes: list items and table cells keep their lines.
  visit(tree, 'paragraph', (paragraph, _index, parent) => {
    if (parent?.type !== 'root' && parent?.type !== 'blockquote') return;
    if (!isLineParagraphs(paragraph, written)) return;
    const start = paragraph.position?.start.line ?? 0;
    const end = paragraph.position?.end.line ?? 0;
    for (let line = start; line < end; line++) splits.add(line);
  });
  if (splits.size === 0) return { lines, origin };
  const out: string[] = [];
  const from: number[] = [];
  lines.forEach((line, index) => {
    out.push(line);
    from.push(index);
    if (!splits.has(index + 1)) return;
    // Inside a quote, the blank line keeps the quote's marker.
    out.push(/^\s*(?:>\s?)+/.exec(line)?.[0]?.trimEnd() ?? '');
    from.push(index);
  });
  return { lines: out, origin: from };
}

/** `markdown` with every paragraph of one-line paragraphs split at its line ends. */
export function splitLineParagraphs(markdown: string): string {
  if (!markdown.includes('\n')) return markdown;
  return splitLineParagraphLines(markdown.split('\n')).lines.join('\n');
}
