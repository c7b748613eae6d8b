import { describe, expect, test } from 'vitest';
import { feedHtml } from '../../../src/lib/sharing/feed-html';
import { escapeXml, sitemapXml } from '../../../src/lib/sharing/sitemap';

const PAGE = 'https://news.example/archive/articles/x/';

describe('feedHtml', () => {
  test.each([
    ['<a href="/archive/tags/a/">t</a>', '<a href="https://news.example/archive/tags/a/">t</a>'],
    [
      '<a href="#user-content-fn-1">1</a>',
      '<a href="https://news.example/archive/articles/x/#user-content-fn-1">1</a>',
    ],
    ['<a href="https://other.example/y">y</a>', '<a href="https://other.example/y">y</a>'],
    [
      '<img src="../../_astro/a.jpg" srcset="../../_astro/a.jpg 400w" alt="A">',
      '<img src="https://news.example/archive/_astro/a.jpg" alt="A">',
    ],
  ])('should make the URLs in %s absolute', (html, expected) => {
    expect(feedHtml(html, PAGE)).toBe(expected);
  });

  test('should replace a picture Astro has yet to encode by its alt text', () => {
    const pending =
      '<figure><picture><source __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.png&#x22;}"><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.png&#x22;,&#x22;alt&#x22;:&#x22;A &lt;chart&gt;&#x22;}"></picture><figcaption>C</figcaption></figure>';
    expect(feedHtml(pending, PAGE)).toBe(
      '<figure>[Photo: A &lt;chart&gt;]<figcaption>C</figcaption></figure>',
    );
  });
});

describe('sitemap', () => {
  test('should escape XML and list lastmod only when known', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
    expect(
      sitemapXml([
        { loc: 'https://a.example/?x=1&y=2' },
        { loc: 'https://a.example/b/', lastmod: '2025-07-01T12:00:00Z' },
      ]),
    ).toContain(
      '<url><loc>https://a.example/?x=1&amp;y=2</loc></url>\n<url><loc>https://a.example/b/</loc><lastmod>2025-07-01T12:00:00Z</lastmod></url>',
    );
  });
});
