/**
 * In-page links (`#notes`, footnote references) point at the ids the sanitizer will prefix, so
 * they keep working once every id in the body reads `user-content-…`.
 */
import type { Root } from 'hast';
import { visitElements } from './visit-elements';

export function rehypeFragmentLinks(options: { prefix: string }) {
  const { prefix } = options;
  return (tree: Root) => {
    visitElements(tree, (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href.length < 2)
        return;
      const target = href.slice(1);
      if (!target.startsWith(prefix)) node.properties['href'] = `#${prefix}${target}`;
    });
  };
}
