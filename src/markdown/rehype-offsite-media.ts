/**
 * Images that are not files next to the article are not loaded: the site makes no off-site
 * requests. The reader keeps the alt text, linked to the original picture when it was on the web.
 * Runs after rehype-raw, so it sees images written in Markdown and in raw HTML alike.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHttpUrl, isLocalPath } from '../lib/urls';

function describe(node: Element): string {
  const alt = node.properties['alt'];
  const text = typeof alt === 'string' ? alt.trim() : '';
  return text || 'Image';
}

export function rehypeOffsiteMedia() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return undefined;
      const src = node.properties['src'];
      if (typeof src === 'string' && isLocalPath(src)) return undefined;
      const label: ElementContent = { type: 'text', value: describe(node) };
      const replacement: ElementContent =
        typeof src === 'string' && isHttpUrl(src) && parent.type === 'element' && parent.tagName !== 'a'
          ? {
              type: 'element',
              tagName: 'a',
              properties: { href: src, className: ['offsite-image'] },
              children: [label],
            }
          : label;
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    });
  };
}
