import { describe, expect, test } from 'vitest';
import {
  articlePart,
  articleSlugOf,
  currentPart,
  everyPartWrites,
  pagePart,
  parsePart,
} from '../../../src/lib/build-parts';

describe('parsePart', () => {
  test.each([
    ['1/4', { index: 0, count: 4 }],
    [' 4 / 4 ', { index: 3, count: 4 }],
    ['1/1', { index: 0, count: 1 }],
  ])('should read %j', (text, part) => {
    expect(parsePart(text)).toEqual(part);
  });

  test.each(['0/4', '5/4', '2', 'a/b', '1/0', ''])('should refuse %j, saying what is expected', (text) => {
    expect(() => parsePart(text)).toThrow(
      `--shard must be I/N with 1 ≤ I ≤ N, for example 2/4 (got "${text}")`,
    );
  });

  test('should take one part of one as a whole build', () => {
    expect(currentPart({ BROADSHEET_SHARD: '1/1' })).toBeUndefined();
    expect(currentPart({})).toBeUndefined();
    expect(currentPart({ BROADSHEET_SHARD: '2/3' })).toEqual({ index: 1, count: 3 });
  });
});

describe('the parts of a split build', () => {
  const slugs = Array.from({ length: 4000 }, (_, i) => `article-${i}`);

  test('should spread articles and pages evenly', () => {
    const perPart = [0, 0, 0, 0];
    for (const slug of slugs) perPart[articlePart(slug, slugs.length, 4)]! += 1;
    for (const count of perPart) expect(count).toBeGreaterThan(800);
    const pages = [0, 0, 0, 0];
    for (const slug of slugs) pages[pagePart(`/tags/${slug}/`, 4)]! += 1;
    for (const count of pages) expect(count).toBeGreaterThan(800);
  });

  test('should move no article to another part as the archive grows, with a power of two parts', () => {
    for (const slug of slugs.slice(0, 500)) {
      const parts = [10, 3000, 50_000, 200_000].map((articles) => articlePart(slug, articles, 4));
      expect(new Set(parts).size).toBe(1);
    }
  });

  test('should know an article page, and a page by its address however it is written', () => {
    expect(articleSlugOf('/articles/city-council/')).toBe('city-council');
    expect(articleSlugOf('articles/city-council/index.html')).toBe('city-council');
    expect(articleSlugOf('/tags/city/')).toBeUndefined();
    expect(pagePart('/tags/city/', 7)).toBe(pagePart('tags/city/index.html', 7));
  });
});

describe('everyPartWrites', () => {
  test.each(['/favicon.svg', '/apple-touch-icon.png', 'logo.webp', '/robots.txt'])(
    'should have every part write %s, which other pages take in',
    (pathname) => expect(everyPartWrites(pathname)).toBe(true),
  );

  test.each(['/rss.xml', '/feed.json', '/sitemap.xml', '/404.html', '/cards/a.jpg', '/articles/a/', '/'])(
    'should leave %s to one part',
    (pathname) => expect(everyPartWrites(pathname)).toBe(false),
  );
});
