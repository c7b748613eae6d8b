/**
 * An id names one element of a page. Content can write an id the Markdown also makes (a raw
 * `<h2 id="footnote-label">` beside a real footnote, two headings given the same id): after the
 * sanitizer, each id is kept by one element and the others get it with a number added, so the
 * page stays valid HTML and every in-page link has one target. Renamed, not removed: Astro gives
 * a heading without an id one of its own, without the sanitizer's prefix.
 *
 * The footnotes section GFM appends to the body claims its ids first: the references'
 * `href` and `aria-describedby` name them, and content written before it must not take them.
 * Then the first element keeps each id.
 */
import type { Element, Root } from 'hast';
import { SKIP, visitElements } from './visit-elements';

export function rehypeUniqueIds() {
  return (tree: Root) => {
    const seen = new Set<string>();
    const claim = (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      let unique = id;
      for (let n = 2; seen.has(unique); n += 1) unique = `${id}-${n}`;
      node.properties['id'] = unique;
      seen.add(unique);
    };
    const notes = footnotesSection(tree);
    if (notes) {
      claim(notes);
      visitElements(notes, claim);
    }
    visitElements(tree, (node) => {
      if (node === notes) return SKIP;
      claim(node);
      return undefined;
    });
  };
}

/** The section of footnotes remark-rehype adds: the body's last element, after all content. */
function footnotesSection(tree: Root): Element | undefined {
  const last = tree.children.findLast((node) => node.type === 'element');
  return last?.tagName === 'section' && last.properties['dataFootnotes'] !== undefined ? last : undefined;
}
