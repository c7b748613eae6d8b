import { describe, expect, test } from 'vitest';
import Provenance from '../../src/components/Provenance.astro';
import { translatorFor } from '../../src/i18n/translate';
import { render, visibleText } from './render';

const SOURCE = 'https://www.themoscowtimes.com/2025/07/01/kim-jong-un-a89626';

/** The block as a reader scans it: each label with its value. */
function rows(doc: Document): Record<string, string> {
  const entries = [...doc.querySelectorAll('dt')].map((dt) => [
    visibleText(dt),
    visibleText(dt.nextElementSibling),
  ]);
  return Object.fromEntries(entries) as Record<string, string>;
}

describe('Provenance', () => {
  test('should name the publisher, link the original by its host and give both dates', async () => {
    const doc = await render(Provenance, {
      source: SOURCE,
      publisher: 'The Moscow Times',
      published: '2025-07-01',
      archived: '2025-07-02T10:00:00Z',
    });
    expect(visibleText(doc.querySelector('h2'))).toBe('About this copy');
    expect(rows(doc)).toEqual({
      Publisher: 'The Moscow Times',
      'Original article': 'Read it on themoscowtimes.com',
      Published: 'July 1, 2025',
      Archived: 'July 2, 2025 at 10:00 AM UTC',
    });
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(SOURCE);
  });

  test("should fall back to the original's host and say honestly when the archive date is unknown", async () => {
    const doc = await render(Provenance, { source: SOURCE, published: '2025-07-01' });
    expect(rows(doc)).toEqual({
      Publisher: 'themoscowtimes.com',
      'Original article': 'Read it on themoscowtimes.com',
      Published: 'July 1, 2025',
      Archived: 'Date not recorded',
    });
  });

  test('should list the update between publication and archiving', async () => {
    const doc = await render(Provenance, {
      source: SOURCE,
      published: '2025-07-01',
      updated: '2025-07-01T18:00:00Z',
      archived: '2025-07-05',
    });
    expect(Object.keys(rows(doc))).toEqual([
      'Publisher',
      'Original article',
      'Published',
      'Updated',
      'Archived',
    ]);
    expect(rows(doc)['Updated']).toBe('July 1, 2025 at 6:00 PM UTC');
  });

  test('should tell of a lead photograph the copy lost, with its caption and credit', async () => {
    const doc = await render(Provenance, {
      source: SOURCE,
      published: '2025-07-01',
      lostPhoto: { caption: 'Kim at the *ceremony*.', credit: 'KCNA' },
    });
    expect(rows(doc)['Lead photo']).toBe('Not kept in this copy. Kim at the ceremony. Photo: KCNA');
    expect(doc.querySelector('.lost-photo em')?.textContent).toBe('ceremony');
  });

  test('should be a labelled section in plain HTML', async () => {
    const doc = await render(Provenance, { source: SOURCE, published: '2025-07-01' });
    const section = doc.querySelector('section');
    const heading = doc.getElementById(section?.getAttribute('aria-labelledby') ?? '');
    expect(visibleText(heading)).toBe('About this copy');
  });

  test('should give the page’s own address to copy, when the site has one', async () => {
    const pageUrl = 'https://example.org/news/articles/kim-jong-un-a89626/';
    const doc = await render(Provenance, { source: SOURCE, published: '2025-07-01', pageUrl });
    expect(rows(doc)['Link to this page']).toBe(pageUrl);
    expect(doc.querySelector('a.page-link')?.getAttribute('href')).toBe(pageUrl);
  });

  test('should speak Russian for a Russian article: «Об этой копии»', async () => {
    const doc = await render(Provenance, {
      source: SOURCE,
      publisher: 'Вечерняя газета',
      published: '2025-07-01',
      t: translatorFor('ru'),
      lang: 'ru',
    });
    expect(visibleText(doc.querySelector('h2'))).toBe('Об этой копии');
    expect(rows(doc)).toEqual({
      Издание: 'Вечерняя газета',
      'Оригинал статьи': 'Читать на themoscowtimes.com',
      Опубликовано: '1 июля 2025 г.',
      Сохранено: 'Дата не записана',
    });
  });
});
