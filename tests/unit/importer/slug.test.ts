import { describe, expect, test } from 'vitest';
import { articleSlug, slugFromUrl } from '../../../src/importer/slug';
import { toSlug } from '../../../src/lib/slugs';

describe('slugFromUrl', () => {
  test.each([
    [
      'https://www.themoscowtimes.com/2025/07/01/kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626',
      'kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626',
    ],
    ['https://example.com/news/Library_Reopens.html', 'library-reopens'],
    ['https://example.com/news/library-reopens/', 'library-reopens'],
    ['https://example.com/ru/%D0%BD%D0%BE%D0%B2%D0%B0%D1%8F-%D0%BB%D0%B8%D0%BD%D0%B8%D1%8F', 'novaya-liniya'],
    ['https://example.com/news/story.php?id=4', undefined],
    ['https://example.com/news/2026/11/04/84512', undefined],
    ['https://example.com/a89626', undefined],
    ['https://example.com/', undefined],
  ])('%s → %s', (url, slug) => {
    expect(slugFromUrl(url)).toBe(slug);
  });
});

describe('toSlug', () => {
  test.each([
    ['Kim Jong Un Honors Soldiers', 'kim-jong-un-honors-soldiers'],
    ['Ça va: l’été à Zürich — “quotes” & 50%', 'ca-va-l-ete-a-zurich-quotes-50'],
    ['В Москве открылась новая линия метро', 'v-moskve-otkrylas-novaya-liniya-metro'],
    ['افتتاح أكبر مكتبة عامة في المدينة', 'ftth-kbr-mktb-aam-fy-lmdyn'],
    ['东京地铁新线开通', 'dong-jing-di-tie-xin-xian-kai-tong'],
    ['東京で新しい地下鉄路線が開業', 'dong-jing-dexin-siidi-xia-tie-lu-xian-gakai-ye'],
    ['!!!', ''],
  ])('%s → %s', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  test('should cut long headlines at a word, within 80 characters', () => {
    const slug = toSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('articleSlug', () => {
  test('should prefer the address, then fall back on the headline', () => {
    expect(articleSlug('https://example.com/2026/11/04/84512', 'Новая линия')).toBe('novaya-liniya');
    expect(articleSlug(undefined, 'A Headline')).toBe('a-headline');
    expect(articleSlug(undefined, '!!!')).toBeUndefined();
  });
});
