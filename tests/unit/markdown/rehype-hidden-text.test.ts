import { expect, test } from 'vitest';
import { renderArticle } from './render';

test('should show a heading that content hides with the site’s sr-only class', async () => {
  const html = await renderArticle('<h2 class="sr-only">Hidden words</h2>\n\nText.');
  expect(html).toContain('Hidden words');
  expect(html).not.toContain('sr-only');
});

test('should show a fake footnotes section whose hidden label says something else', async () => {
  const html = await renderArticle(
    '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Hidden words</h2></section>',
  );
  expect(html).toContain('Hidden words');
  expect(html).not.toContain('sr-only');
});

test('should keep the footnote label hidden, as GFM writes it', async () => {
  const html = await renderArticle('Text.[^1]\n\n[^1]: A note.');
  expect(html).toMatch(/<h2 class="sr-only" id="user-content-footnote-label">Footnotes<\/h2>/);
});
