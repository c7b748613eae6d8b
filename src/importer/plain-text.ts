/**
 * The text a reader sees of one line of Markdown: character references decoded (`&amp;` → `&`),
 * backslash escapes removed, emphasis and link markup gone, raw HTML tags dropped. For the
 * frontmatter fields that are plain text (headline, dek, byline, credit, tags).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export function plainText(line: string): string {
  // A leading "." keeps the line a paragraph: `2026. A year` is not a list, `# x` not a heading.
  const tree = fromMarkdown(`.${line.trim()}`);
  return toString(tree, { includeHtml: false }).slice(1).replace(/\s+/g, ' ').trim();
}
