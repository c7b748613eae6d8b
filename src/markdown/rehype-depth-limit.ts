/**
 * HTML nested deeper than any article needs (thousands of raw `<div>` or `<span>`) keeps its text
 * but loses its elements below `MAX_DEPTH`, so that the sanitizer and the serializer, which
 * recurse once per level, cannot overflow the stack. Runs right after rehype-raw.
 */
import type { Element, Root } from 'hast';
import { MAX_DEPTH } from './remark-depth-limit';
import { textOf } from './text-of';

/** Flattens `tree` below `maxDepth`, in place. */
export function limitHtmlDepth(tree: Root, maxDepth = MAX_DEPTH): void {
  const stack: Array<[Element | Root, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [tree, 0];
    if (node.type === 'element' && depth >= maxDepth) {
      node.children = [{ type: 'text', value: textOf(node) }];
      continue;
    }
    for (const child of node.children) {
      if (child.type === 'element') stack.push([child, depth + 1]);
    }
  }
}

export function rehypeDepthLimit() {
  return (tree: Root) => {
    limitHtmlDepth(tree);
  };
}
