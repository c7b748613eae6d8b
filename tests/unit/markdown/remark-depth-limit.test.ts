import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { limitMarkdownDepth, MAX_DEPTH } from '../../../src/markdown/remark-depth-limit';
import { renderArticle } from './render';
import { TIMEOUTS } from '../../support/timeouts';

const DEEP = 1000;

describe('remark-depth-limit', () => {
  test.each([
    ['blockquotes', '> '.repeat(DEEP) + 'deep text'],
    ['emphasis', '*'.repeat(DEEP) + 'deep text' + '*'.repeat(DEEP)],
    ['ordered lists', '1. '.repeat(300) + 'deep text'],
    ['quoted lists', '> - '.repeat(300) + 'deep text'],
  ])(
    'should render %s nested far too deep with their text',
    { timeout: TIMEOUTS.render },
    async (_name, markdown) => {
      const html = await renderArticle(markdown);
      expect(html).toContain('deep text');
      expect(html.split('<blockquote>').length - 1).toBeLessThanOrEqual(MAX_DEPTH);
    },
  );

  test('should leave trees within the limit untouched', () => {
    const tree: Root = fromMarkdown('> > quoted *twice*');
    const before = structuredClone(tree);
    expect(limitMarkdownDepth(tree)).toBe(false);
    expect(tree).toEqual(before);
  });

  test('should keep the text below the limit as one paragraph', () => {
    const tree: Root = fromMarkdown('> > > first\n> > >\n> > > second *em*');
    expect(limitMarkdownDepth(tree, 2)).toBe(true);
    const inner = tree.children[0];
    expect(inner?.type === 'blockquote' && inner.children[0]).toEqual({
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'first second em' }] }],
      position: expect.anything(),
    });
  });
});
