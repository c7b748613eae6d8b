/**
 * An id names one element of a page. Content can write an id the Markdown also makes (a raw
 * `<h2 id="footnote-label">` beside a real footnote, two headings given the same id): after the
 * sanitizer, the first element keeps each id and later ones get it with a number added, so the
 * page stays valid HTML and every in-page link has one target. Renamed, not removed: Astro gives
 * a heading without an id one of its own, without the sanitizer's prefix.
 */
import type { Root } from 'hast';
import { visitElements } from './visit-elements';

export function rehypeUniqueIds() {
  return (tree: Root) => {
    const seen = new Set<string>();
    visitElements(tree, (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      let unique = id;
      for (let n = 2; seen.has(unique); n += 1) unique = `${id}-${n}`;
      node.properties['id'] = unique;
      seen.add(unique);
    });
  };
}
