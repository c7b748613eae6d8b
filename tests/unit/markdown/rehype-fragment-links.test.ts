import { describe, expect, test } from 'vitest';
import { renderArticle } from './render';

describe('rehype-fragment-links', () => {
  test.each([
    [
      '## The talks\n\n[see above](#the-talks)',
      '<h2 id="user-content-the-talks">The talks</h2>\n<p><a href="#user-content-the-talks">see above</a></p>',
    ],
    [
      '<h2 id="notes">Notes</h2>\n\n[notes](#notes)',
      '<h2 id="user-content-notes">Notes</h2>\n<p><a href="#user-content-notes">notes</a></p>',
    ],
    [
      '[already](#user-content-x)\n\n<p id="x">x</p>',
      '<p><a href="#user-content-x">already</a></p>\n<p id="user-content-x">x</p>',
    ],
    [
      'Text[^1].\n\n[^1]: Note.',
      '<p>Text<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="user-content-footnote-label">1</a></sup>.</p>\n' +
        '<section data-footnotes class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>\n<ol>\n' +
        '<li id="user-content-fn-1">\n<p>Note. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n' +
        '</li>\n</ol>\n</section>',
    ],
  ])('should point %j at the prefixed id', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });
});
