import { expect, test } from 'vitest';
import { renderArticle } from './render';

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);

test('should give each id to one element only: the first keeps it, later ones get a number', async () => {
  const html = await renderArticle('<p id="x">One</p>\n\n<p id="x">Two</p>\n\n<div id="x">Three</div>');
  expect(ids(html)).toEqual(['user-content-x', 'user-content-x-2', 'user-content-x-3']);
  for (const text of ['One', 'Two', 'Three']) expect(html).toContain(text);
});

test('should leave no id twice when content writes one that a footnote also makes', async () => {
  const html = await renderArticle(
    '<section data-footnotes class="footnotes"><h2 id="footnote-label">Fake</h2></section>\n\nText.[^1]\n\n[^1]: A note.',
  );
  const all = ids(html);
  expect(new Set(all).size).toBe(all.length);
  expect(all.every((id) => id?.startsWith('user-content-'))).toBe(true);
  expect(html).toContain('A note.');
});

test('should keep the footnote ids on the real footnotes, which the references name', async () => {
  const html = await renderArticle(
    '<h2 id="footnote-label">Written first</h2>\n\n<p id="fn-1">Also first</p>\n\nText.[^1]\n\n[^1]: A note.',
  );
  const reference = /<a [^>]*data-footnote-ref[^>]*>/.exec(html)?.[0] ?? '';
  expect(reference).toContain('href="#user-content-fn-1"');
  expect(reference).toContain('aria-describedby="user-content-footnote-label"');
  const section = html.slice(html.indexOf('<section data-footnotes'));
  expect(section).toMatch(/<h2 [^>]*id="user-content-footnote-label"/);
  expect(section).toContain('<li id="user-content-fn-1">');
  expect(html).toContain('id="user-content-footnote-label-2">Written first');
  expect(html).toContain('id="user-content-fn-1-2">Also first');
});
