/**
 * Markdown nested deeper than any article needs (thousands of `>` or list markers) keeps its text
 * but loses its structure below `MAX_DEPTH`. The later steps (remark-rehype, the sanitizer, the
 * serializer) recurse once per level and overflow the stack on such trees; a throwing render
 * would publish the article empty or fail the build.
 */
import type { Node, Parent } from 'unist';
import type { Root } from 'mdast';
import { textOf } from './text-of';

export const MAX_DEPTH = 64;

// Nodes whose children are blocks get a paragraph of text; those whose children are inline, text.
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);
const PHRASING = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/** Flattens `tree` below `maxDepth`, in place; returns whether anything was flattened. */
export function limitMarkdownDepth(tree: Root, maxDepth = MAX_DEPTH): boolean {
  let flattened = false;
  const stack: Array<[Parent, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [tree, 0];
    if (depth >= maxDepth && (FLOW.has(node.type) || PHRASING.has(node.type))) {
      const value = textOf(node);
      const text = { type: 'text', value };
      node.children = FLOW.has(node.type)
        ? [{ type: 'paragraph', children: [text] } as Node]
        : [text as Node];
      flattened = true;
      continue;
    }
    for (const child of node.children) {
      if ('children' in child && Array.isArray(child.children)) stack.push([child as Parent, depth + 1]);
    }
  }
  return flattened;
}

export function remarkDepthLimit() {
  return (tree: Root) => {
    limitMarkdownDepth(tree);
  };
}
