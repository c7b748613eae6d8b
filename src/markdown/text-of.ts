/**
 * The plain text of a Markdown or HTML tree, collected without recursion: the depth limits use it
 * on trees thousands of levels deep, where a recursive walk would overflow the stack.
 */
import type { Node } from 'unist';

interface AnyNode extends Node {
  value?: unknown;
  children?: AnyNode[];
  tagName?: string;
}

// Text-bearing nodes in mdast and hast. Raw HTML (`html`, `raw`) and comments are not text.
const TEXT = new Set(['text', 'inlineCode', 'code']);
// Blocks whose text should not run into the next block's.
const BLOCK = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'code',
  'tableCell',
  'footnoteDefinition',
]);
const BLOCK_TAG = /^(?:p|h[1-6]|li|blockquote|pre|div|section|td|th|dd|dt|summary|details)$/;

const SEPARATOR = Symbol('separator');

export function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Array<AnyNode | typeof SEPARATOR> = [node as AnyNode];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined) break;
    if (current === SEPARATOR) {
      if (parts.length > 0 && !/\s$/.test(parts[parts.length - 1] ?? '')) parts.push(' ');
      continue;
    }
    if (TEXT.has(current.type) && typeof current.value === 'string') parts.push(current.value);
    if (!current.children) continue;
    const isBlock =
      BLOCK.has(current.type) || (current.tagName !== undefined && BLOCK_TAG.test(current.tagName));
    if (isBlock) stack.push(SEPARATOR);
    for (let i = current.children.length - 1; i >= 0; i--) {
      const child = current.children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return parts.join('').trim();
}
