/**
 * Placeholder links become plain text. Scrapers leave `[AFP](#)`, `[name]()` and `<a href="#">`
 * where a site linked to its own pages; a link that goes nowhere is worse than none.
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isPlaceholderHref } from '../lib/urls';

export function rehypePlaceholderLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || parent === undefined || index === undefined) return undefined;
      const href = node.properties['href'];
      if (typeof href === 'string' && !isPlaceholderHref(href)) return undefined;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
