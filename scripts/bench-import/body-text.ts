/**
 * The words of a Markdown body as a reader sees them, for scoring: Markdown syntax, link
 * addresses and pictures out, blocks on lines of their own so words of two blocks never join.
 */
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

const BLOCKS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'footnoteDefinition']);

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      return node.value.replace(/<[^>]*>/g, ' ');
    case 'image':
    case 'imageReference':
    case 'definition':
      return '';
    case 'break':
      return '\n';
    default:
      if (!('children' in node)) return '';
      return node.children
        .map((child) => textOf(child as Nodes))
        .join(BLOCKS.has(node.type) ? '\n\n' : node.type === 'tableRow' ? ' ' : '');
  }
}

export function bodyText(markdown: string): string {
  return textOf(parser.parse(markdown) as Nodes).trim();
}
