import { describe, expect, test } from 'vitest';
import ArticleHeader from '../../src/components/ArticleHeader.astro';
import { translatorFor } from '../../src/i18n/translate';
import { render, visibleText } from './render';

const base = {
  title: 'Harbour Approves Night Ferries',
  byline: 'AFP',
  publisher: { name: 'The Moscow Times', href: '/publishers/the-moscow-times/' },
  published: '2025-07-01',
};

describe('ArticleHeader', () => {
  test('should show the headline as the one h1, then byline, publisher and date on one line', async () => {
    const doc = await render(ArticleHeader, { ...base, minutes: 3 });
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([base.title]);
    expect(visibleText(doc.querySelector('.byline'))).toBe('By AFP');
    expect(visibleText(doc.querySelector('.meta-line'))).toBe(
      'The Moscow Times Published July 1, 2025 3 min read',
    );
    expect(doc.querySelector('.publisher a')?.getAttribute('href')).toBe('/publishers/the-moscow-times/');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2025-07-01');
  });

  test('should show no dek and no updated date when the article has none', async () => {
    const doc = await render(ArticleHeader, base);
    expect(doc.querySelector('.dek')).toBeNull();
    expect(visibleText(doc)).not.toContain('Updated');
  });

  test('should show the dek below the headline, and a tag above it', async () => {
    const dek = 'The service starts in September.';
    const doc = await render(ArticleHeader, {
      ...base,
      dek,
      kicker: { name: 'Transport', href: '/tags/transport/' },
    });
    expect(visibleText(doc.querySelector('h1 + .dek'))).toBe(dek);
    expect(visibleText(doc.querySelector('.kicker + h1')?.previousElementSibling)).toBe('Transport');
  });

  test('should show the updated date, with its time, after the published date', async () => {
    const doc = await render(ArticleHeader, { ...base, updated: '2025-07-03T08:00:00Z' });
    expect(visibleText(doc.querySelector('.updated'))).toBe('Updated July 3, 2025 at 8:00 AM UTC');
    const times = [...doc.querySelectorAll('.meta-line time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2025-07-01', '2025-07-03T08:00:00Z']);
  });

  test('should show the published time in the copy’s own zone, or marked as local', async () => {
    const zoned = await render(ArticleHeader, { ...base, published: '2025-07-01T10:45:00+03:00' });
    expect(visibleText(zoned.querySelector('.published'))).toBe('Published July 1, 2025 at 10:45 AM GMT+3');
    const local = await render(ArticleHeader, { ...base, published: '2025-07-01T10:45' });
    expect(visibleText(local.querySelector('.published'))).toBe(
      'Published July 1, 2025 at 10:45 AM local time',
    );
  });

  test('should not repeat the date when the update is the publication itself', async () => {
    const doc = await render(ArticleHeader, { ...base, updated: base.published });
    expect(doc.querySelector('.updated')).toBeNull();
  });

  test('should leave out "By" when the copy names no author', async () => {
    const doc = await render(ArticleHeader, { ...base, byline: undefined });
    expect(doc.querySelector('.byline')).toBeNull();
    expect(visibleText(doc)).not.toContain('By');
  });

  test("should speak the article's language: a Russian article's meta line in Russian", async () => {
    const doc = await render(ArticleHeader, {
      ...base,
      byline: 'Анна Иванова',
      publisher: { name: 'Вечерняя газета', href: '/publishers/x/' },
      published: '2025-07-01T10:45',
      updated: '2025-07-02',
      minutes: 5,
      t: translatorFor('ru'),
      lang: 'ru',
    });
    expect(visibleText(doc.querySelector('.article-meta'))).toBe(
      'Текст: Анна Иванова Вечерняя газета Опубликовано 1 июля 2025 г. в 10:45 по местному времени Обновлено 2 июля 2025 г. 5 мин чтения',
    );
    // Its own language, inherited from <article lang="ru">: no attribute needed.
    expect(doc.querySelector('.article-meta')?.getAttribute('lang')).toBeNull();
  });

  test("should say so when the chrome is not in the article's language", async () => {
    const doc = await render(ArticleHeader, { ...base, lang: 'ko' });
    const meta = doc.querySelector('.article-meta');
    expect([meta?.getAttribute('lang'), meta?.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });
});
