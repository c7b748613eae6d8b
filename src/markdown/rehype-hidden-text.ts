/**
 * `sr-only` hides text from sighted readers. The sanitizer allows it on `h2` because GFM's
 * footnote label carries it, so content could hide any heading the same way. After the
 * sanitizer, only the label itself keeps the class: the heading of the footnotes section that
 * says what GFM writes there.
 */
import type { Element, Root } from 'hast';
import { textOf } from './text-of';
import { visitElements } from './visit-elements';

const HIDDEN = 'sr-only';
// What mdast-util-to-hast writes as the label (the pipeline does not change it).
const FOOTNOTE_LABEL = 'Footnotes';

const isFootnotes = (node: Element) =>
  node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined;

export function rehypeHiddenText() {
  return (tree: Root) => {
    visitElements(tree, (node, _index, parent) => {
      const classes = node.properties['className'];
      if (!Array.isArray(classes) || !classes.includes(HIDDEN)) return;
      const isLabel =
        parent.type === 'element' && isFootnotes(parent) && textOf(node).trim() === FOOTNOTE_LABEL;
      if (isLabel) return;
      const rest = classes.filter((name) => name !== HIDDEN);
      if (rest.length > 0) node.properties['className'] = rest;
      else delete node.properties['className'];
    });
  };
}
