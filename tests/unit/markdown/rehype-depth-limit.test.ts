import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { limitHtmlDepth } from '../../../src/markdown/rehype-depth-limit';
import { renderArticle } from './render';
import { TIMEOUTS } from '../../support/timeouts';

/** Tags and text only, enough to see the structure. */
function shape(nodes: RootContent[]): string {
  return nodes
    .map((n) =>
      n.type === 'element'
        ? `<${n.tagName}>${shape(n.children)}</${n.tagName}>`
        : n.type === 'text'
          ? n.value
          : '',
    )
    .join('');
}

describe('rehype-depth-limit', () => {
  test.each([
    ['div', 1000],
    ['span', 1000],
    ['blockquote', 1000],
  ])(
    'should render %s elements nested %i deep with their text',
    { timeout: TIMEOUTS.render },
    async (tag, depth) => {
      const html = await renderArticle(
        `Start ${`<${tag}>`.repeat(depth)}deep text${`</${tag}>`.repeat(depth)} end`,
      );
      expect(html).toContain('deep text');
      expect(html).toContain('end');
    },
  );

  test.each([
    ['<div><p>a <b>b</b></p><p>c</p></div>', 1, '<div>a b c</div>'],
    ['<div><p>a <b>b</b></p></div>', 2, '<div><p>a b</p></div>'],
    ['<div><p>a <b>b</b></p></div>', 3, '<div><p>a <b>b</b></p></div>'],
  ])('should flatten %j below depth %i', (html, depth, expected) => {
    const tree: Root = fromHtml(html, { fragment: true });
    limitHtmlDepth(tree, depth);
    expect(shape(tree.children)).toBe(expected);
  });
});
