/**
 * Links that leave the site carry `rel="noopener noreferrer"`: the target gets no handle on this
 * page and learns nothing of where the reader came from.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isHttpUrl } from '../lib/urls';

export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && isHttpUrl(href.trim())) {
        node.properties['rel'] = ['noopener', 'noreferrer'];
      }
    });
  };
}
