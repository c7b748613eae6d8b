/** Saved pages in the shapes news sites use, cut down to the part each case is about. */
import { describe, expect, test } from 'vitest';
import { parseHtmlPage } from '../../../src/importer/html/page';

const STORY =
  '<p>The city council on Monday approved a 14-kilometer tram line linking the central station with the airport, ending a decade of debate.</p>' +
  '<p>Construction is expected to begin next spring and take three years, the council said in a statement on Monday evening.</p>';

function page({ head = '', lang = 'en', body = STORY } = {}) {
  return `<!doctype html><html lang="${lang}"><head><title>Tram Line Approved</title>${head}</head><body><article><h1>Tram Line Approved</h1>${body}</article></body></html>`;
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('parseHtmlPage', () => {
  test('should read a NewsArticle inside @graph, with a single author as a string', () => {
    const draft = parseHtmlPage(
      page({
        head: ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', name: 'ignored' },
            {
              '@type': ['NewsArticle'],
              headline: 'Tram Line Approved',
              author: 'Jane Doe',
              datePublished: '2026-06-08T09:00:00.000Z',
              url: 'https://news.example.com/tram',
            },
          ],
        }),
      }),
    );
    expect(draft).toMatchObject({
      title: 'Tram Line Approved',
      byline: 'Jane Doe',
      authors: ['Jane Doe'],
      published: '2026-06-08T09:00:00Z',
      source: 'https://news.example.com/tram',
    });
  });

  test('should skip broken JSON-LD and fall back on Open Graph', () => {
    const draft = parseHtmlPage(
      page({
        head:
          '<script type="application/ld+json">{ not json </script>' +
          '<meta property="og:title" content="Tram Line Approved">' +
          '<meta property="og:url" content="https://news.example.com/tram">' +
          '<meta property="article:published_time" content="2026-06-08">',
      }),
    );
    expect(draft).toMatchObject({ source: 'https://news.example.com/tram', published: '2026-06-08' });
  });

  test.each([
    ['en_US', 'en-US'],
    ['EN-gb', 'en-GB'],
    ['not a language!', undefined],
  ])('should read <html lang=%j> as %j', (lang, expected) => {
    expect(parseHtmlPage(page({ lang })).lang).toBe(expected);
  });

  test('should make links absolute and unlink placeholders', () => {
    const draft = parseHtmlPage(
      page({
        head: '<link rel="canonical" href="https://news.example.com/city/tram">',
        body: `${STORY}<p>Read the <a href="../docs/plan.pdf">plan</a>, the <a href="#">council's notice</a> and <a href="#vote">the vote</a>, which every member of the council attended.</p>`,
      }),
    );
    expect(draft.body).toContain('[plan](https://news.example.com/docs/plan.pdf)');
    expect(draft.body).toContain("the council's notice and [the vote](#vote)");
  });

  test('should refuse a page without article text', () => {
    expect(() =>
      parseHtmlPage('<!doctype html><html><head><title>x</title></head><body></body></html>'),
    ).toThrow('no article text found in the page');
  });
});
