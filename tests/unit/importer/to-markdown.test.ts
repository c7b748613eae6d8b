// Saved pages' HTML as Markdown that renders as the page did: text stays text, emphasis and
// links stay valid Markdown.
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { htmlToMarkdown } from '../../../src/importer/html/to-markdown';

const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  ).trim();

describe('htmlToMarkdown', () => {
  test.each([
    [
      'adjacent and nested emphasis',
      '<p><strong>Das ergaben Recherchen nach</strong> <strong><em>NDR</em></strong><strong>-Recherchen</strong> heute.</p>',
      '<p><strong>Das ergaben Recherchen nach <em>NDR</em>-Recherchen</strong> heute.</p>',
    ],
    ['emphasis inside a word', '<p>un<em>believ</em>able</p>', '<p>un<em>believ</em>able</p>'],
    [
      'strong ending in punctuation before a letter',
      '<p>He said <strong>“no.”</strong>Then left.</p>',
      '<p>He said <strong>“no.”</strong>Then left.</p>',
    ],
    [
      'a number and parenthesis opening a paragraph',
      '<p>15) Thriller (Vinile)</p>',
      '<p>15) Thriller (Vinile)</p>',
    ],
    [
      'a title in angle brackets',
      '<p>Have you seen &lt;The Palace: Tale of Jang Noksu&gt; yet?</p>',
      '<p>Have you seen &#x3C;The Palace: Tale of Jang Noksu> yet?</p>',
    ],
    [
      'a character reference written out',
      '<p>Write &amp;lt; for a less-than sign.</p>',
      '<p>Write &#x26;lt; for a less-than sign.</p>',
    ],
    [
      'a link around a heading and a summary',
      '<div><a href="https://example.com/next"><h3>Next story</h3><p>What happened next.</p></a></div>',
      '<p><a href="https://example.com/next">Next story What happened next.</a></p>',
    ],
    ['a link with no text', '<h2>Deals<a href="https://example.com/x"></a></h2>', '<h2>Deals</h2>'],
  ])('should keep %s', (_name, html, expected) => {
    expect(render(htmlToMarkdown(html))).toBe(expected);
  });

  test('should write the adjacent emphasis of the issue as one run', () => {
    expect(
      htmlToMarkdown(
        '<p><strong>nach</strong> <strong><em>NDR</em></strong><strong>-Recherchen</strong></p>',
      ),
    ).toBe('**nach _NDR_\\-Recherchen**');
  });
});
