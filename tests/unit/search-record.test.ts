import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { searchRecord } from '../../src/lib/search-record';

const dir = mkdtempSync(join(tmpdir(), 'search-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The record's text between `<article data-pagefind-body>` and `</article>`: what is indexed and excerpted. */
function indexedBody(html: string): string {
  return html.slice(html.indexOf('<article data-pagefind-body>'), html.indexOf('</article>'));
}

describe('searchRecord', () => {
  const bodyFile = join(dir, 'body.html');
  writeFileSync(bodyFile, '<p>Москва заявила во вторник.</p>');
  const record = searchRecord({
    id: 'moscow',
    data: {
      title: 'A <b>bold</b> "claim"',
      dek: 'Dek & more',
      byline: 'AFP',
      publisher: 'The Moscow Times',
      source: 'https://www.themoscowtimes.com/x',
      published: '2025-07-01T10:45:00+03:00',
      lang: 'ru',
      tags: ['Europe', 'War'],
    },
    rendered: { html: '', metadata: { bodyFile } },
  });

  test('should index the body, in the article’s language', () => {
    expect(record.url).toBe('/articles/moscow/');
    expect(record.html).toContain('<html lang="ru">');
    expect(indexedBody(record.html)).toBe('<article data-pagefind-body><p>Москва заявила во вторник.</p>');
  });

  test('should give headline, dek, byline, publisher, tags and date as fields of their own', () => {
    for (const field of [
      '<p data-pagefind-meta="title">A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;</p>',
      '<p data-pagefind-meta="dek">Dek &amp; more</p>',
      '<p data-pagefind-meta="byline">AFP</p>',
      '<p data-pagefind-meta="publisher">The Moscow Times</p>',
      '<p data-pagefind-meta="tags">Europe, War</p>',
      '<p data-pagefind-meta="date">July 1, 2025</p>',
      '<p data-pagefind-meta="datetime">2025-07-01T10:45:00+03:00</p>',
    ]) {
      expect(record.html).toContain(field);
    }
    expect(indexedBody(record.html)).not.toMatch(/claim|Dek|AFP|Europe/);
  });

  test('should take a body kept in the store (one with pictures) from there, and name the host without a publisher', () => {
    const stored = searchRecord({
      id: 'x',
      data: { title: 'X', lang: 'en', tags: [], source: 'https://www.example.org/a' },
      rendered: { html: '<p>Stored body.</p>', metadata: {} },
    });
    expect(indexedBody(stored.html)).toContain('<p>Stored body.</p>');
    expect(stored.html).toContain('<p data-pagefind-meta="publisher">example.org</p>');
  });

  test('should index the headline when the body is empty, so the article is still found', () => {
    const empty = searchRecord({ id: 'e', data: { title: 'Only a headline' }, rendered: { html: '' } });
    expect(indexedBody(empty.html)).toContain('Only a headline');
  });
});
