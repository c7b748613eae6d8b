/**
 * Only images written in Markdown that name a file next to the article are shown; every other
 * image is not loaded: the site makes no off-site requests, and a raw-HTML `<img src="x">` from a
 * scraped page names no file of ours. The reader keeps the alt text, linked to the original
 * picture when it was on the web. Runs after rehype-raw, so it sees raw HTML images too.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitElements } from './visit-elements';
import { isHttpUrl } from '../lib/urls';
import { collectedImagePath } from './collected-image';

function describe(node: Element): string {
  const alt = node.properties['alt'];
  const text = typeof alt === 'string' ? alt.trim() : '';
  return text || 'Image';
}

export function rehypeOffsiteMedia() {
  return (tree: Root, file: VFile) => {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'img') return undefined;
      const src = node.properties['src'];
      if (collectedImagePath(src, file) !== undefined) return undefined;
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
