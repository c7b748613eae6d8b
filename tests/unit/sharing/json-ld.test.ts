import { describe, expect, test } from 'vitest';
import { newsArticle, serializeJsonLd } from '../../../src/lib/sharing/json-ld';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<!-- <script>',
  '</SCRIPT >',
  ']]> & &amp; "quotes" \\ backslash',
  'line\u2028separator\u2029paragraph',
  '<img src=x onerror=alert(1)>',
];

describe('serializeJsonLd', () => {
  test.each(HOSTILE)('should keep %j inside the element and parse back to it', (headline) => {
    const json = serializeJsonLd({ headline });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline });
  });
});

describe('newsArticle', () => {
  test('should carry the fields Google documents', () => {
    const data = newsArticle({
      headline: 'H',
      description: 'D',
      url: 'https://a.example/articles/h/',
      source: 'https://orig.example/h',
      datePublished: '2025-07-01T12:00:00Z',
      dateModified: '2025-07-02T12:00:00Z',
      lang: 'ru',
      authors: [
        { type: 'Person', name: 'Jane Doe' },
        { type: 'Organization', name: 'AFP' },
      ],
      publisher: 'The Daily',
      site: { name: 'The Archive', url: 'https://a.example/' },
      images: ['https://a.example/cards/h.jpg'],
      tags: ['politics'],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'H',
      datePublished: '2025-07-01T12:00:00Z',
      dateModified: '2025-07-02T12:00:00Z',
      inLanguage: 'ru',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Organization', name: 'AFP' },
      ],
      publisher: { '@type': 'Organization', name: 'The Archive', url: 'https://a.example/' },
      sourceOrganization: { '@type': 'Organization', name: 'The Daily' },
      image: ['https://a.example/cards/h.jpg'],
      isBasedOn: 'https://orig.example/h',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://a.example/articles/h/' },
    });
  });
});
