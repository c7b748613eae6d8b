import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { SKIP, visitElements } from '../../../src/markdown/visit-elements';

const fragment = (html: string): Root => fromHtml(html, { fragment: true });

describe('visitElements', () => {
  test.each([
    '<p>a <em>b <strong>c</strong></em> d</p><ul><li>1</li><li><a href="#">2</a></li></ul>',
    '<table><tr><td><p>x</p></td></tr></table><!-- c --><h2>t</h2>text<div><div><div><span></span></div></div></div>',
    '',
  ])('should visit the elements of %j in the order unist-util-visit does', (html) => {
    const expected: string[] = [];
    visit(fragment(html), 'element', (node, index) => {
      expected.push(`${node.tagName}@${index}`);
    });
    const seen: string[] = [];
    visitElements(fragment(html), (node, index) => {
      seen.push(`${node.tagName}@${index}`);
    });
    expect(seen).toEqual(expected);
  });

  test('should not go into an element whose visitor returns SKIP', () => {
    const seen: string[] = [];
    visitElements(fragment('<p><a><em>x</em></a></p><b>y</b>'), (node) => {
      seen.push(node.tagName);
      return node.tagName === 'a' ? SKIP : undefined;
    });
    expect(seen).toEqual(['p', 'a', 'b']);
  });

  test('should go on at the index a visitor returns, after it changed the parent', () => {
    const tree = fragment('<p><a><em>x</em><b>y</b></a><i>z</i></p>');
    const seen: string[] = [];
    visitElements(tree, (node, index, parent) => {
      seen.push(node.tagName);
      if (node.tagName !== 'a') return undefined;
      // Unwrap the link: its children are visited in its place.
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
    expect(seen).toEqual(['p', 'a', 'em', 'b', 'i']);
    expect((tree.children[0] as Element).children.map((child) => (child as Element).tagName)).toEqual([
      'em',
      'b',
      'i',
    ]);
  });
});
