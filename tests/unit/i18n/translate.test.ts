import { describe, expect, test } from 'vitest';
import { catalogTag } from '../../../src/i18n/catalogs';
import { translatorFor } from '../../../src/i18n/translate';

const t = (tag: string) => {
  const translator = translatorFor(tag);
  if (!translator) throw new Error(`no catalog for ${tag}`);
  return translator;
};

describe('catalogTag', () => {
  test.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['ar-EG', 'ar'],
    ['uk', 'uk'],
  ])('should read %s with the %s catalog', (tag, catalog) => {
    expect(catalogTag(tag)).toBe(catalog);
  });

  test.each(['zh-Hant', 'zh-TW', 'ko', 'sr-Latn', 'not a tag'])('should have no catalog for %s', (tag) => {
    expect(catalogTag(tag)).toBeUndefined();
    expect(translatorFor(tag)).toBeUndefined();
  });
});

describe('a translator', () => {
  test('should fill placeholders, formatting numbers for its language', () => {
    expect(t('en').t('list.titlePage', { title: 'Tagged “Transport”', page: 1200 })).toBe(
      'Tagged “Transport”, page 1,200',
    );
    expect(t('de').t('list.titlePage', { title: 'Verkehr', page: 1200 })).toBe('Verkehr, Seite 1.200');
  });

  test.each([
    ['en', 1, '1 article'],
    ['en', 2, '2 articles'],
    ['ru', 1, '1 статья'],
    ['ru', 3, '3 статьи'],
    ['ru', 5, '5 статей'],
    ['ru', 21, '21 статья'],
    ['uk', 22, '22 статті'],
    ['ar', 2, 'مقالتان'],
    ['ar', 3, '3 مقالات'],
    ['ar', 11, '11 مقالة'],
    ['fr', 1_000_000, '1\u202f000\u202f000 d’articles'],
    ['ja', 1, '1件の記事'],
  ])('should choose the plural form of %s for %d', (lang, count, text) => {
    expect(t(lang).t('index.count', { count })).toBe(text);
  });

  test('should leave a placeholder the page fills with markup', () => {
    expect(t('en').parts('article.byline', (name) => name === 'byline')).toEqual(['By ', { name: 'byline' }]);
    expect(t('ja').parts('article.byline', (name) => name === 'byline')).toEqual([
      '文：',
      { name: 'byline' },
    ]);
  });

  test('should tell the direction of its language', () => {
    expect(t('ar').dir).toBe('rtl');
    expect(t('ru').dir).toBe('ltr');
    expect(t('en-GB').lang).toBe('en-GB');
  });

  test('should format dates, months and lists with Intl', () => {
    expect(t('ru').date('2025-07-01')).toBe('1 июля 2025 г.');
    expect(t('en-GB').date('2025-07-01')).toBe('1 July 2025');
    expect(t('de').month('2025-07')).toBe('Juli 2025');
    expect(t('fr').list(['A', 'B', 'C'], 'disjunction')).toBe('A, B ou C');
    expect(t('en').list(['Jane Doe', 'John Roe'])).toBe('Jane Doe and John Roe');
  });
});
