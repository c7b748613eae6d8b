import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { searchRecord } from '../../src/lib/search-record';

const dir = mkdtempSync(join(tmpdir(), 'search-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('searchRecord', () => {
  test('should index the text the article page shows, in the article’s language', () => {
    const bodyFile = join(dir, 'body.html');
    writeFileSync(bodyFile, '<p>Москва заявила во вторник.</p>');
    const record = searchRecord({
      id: 'moscow',
      data: {
        title: 'A <b>bold</b> "claim"',
        dek: 'Dek & more',
        byline: 'AFP',
        lang: 'ru',
        tags: ['Europe'],
      },
      rendered: { html: '', metadata: { bodyFile } },
    });
    expect(record.url).toBe('/articles/moscow/');
    expect(record.html).toContain('<html lang="ru">');
    expect(record.html).toContain('<h1>A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;</h1>');
    expect(record.html).toContain('<p>Dek &amp; more</p><p>By AFP</p><p>Москва заявила во вторник.</p>');
    expect(record.html).toContain('<li>Europe</li>');
  });

  test('should take a body kept in the store (one with pictures) from there', () => {
    const record = searchRecord({
      id: 'x',
      data: { title: 'X', lang: 'en', tags: [] },
      rendered: { html: '<p>Stored body.</p>', metadata: {} },
    });
    expect(record.html).toContain('<p>Stored body.</p>');
  });
});
