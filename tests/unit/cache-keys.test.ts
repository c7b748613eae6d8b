import { describe, expect, test } from 'vitest';
import { articleCacheKey, listCacheKey } from '../../src/lib/cache-keys';

const article = (id: string, digest: string, image?: string) => ({
  id,
  digest,
  data: image ? { image: { src: { src: image } } } : {},
  rendered: { html: '', metadata: { bodyFile: `/cache/${digest}.html` } },
});

const page = (items: ReturnType<typeof article>[], number?: number, newer?: string, older?: string) => ({
  items,
  number,
  newer,
  older,
});

describe('articleCacheKey', () => {
  const [a, b, c] = [article('a', '1'), article('b', '2'), article('c', '3')];

  test('should stay the same when nothing the page shows changed', () => {
    expect(articleCacheKey(b, a, c)).toBe(
      articleCacheKey(article('b', '2'), article('a', '1'), article('c', '3')),
    );
  });

  test.each([
    ['the article', () => articleCacheKey(article('b', '9'), a, c)],
    ['its newer neighbour', () => articleCacheKey(b, article('a', '9'), c)],
    ['its older neighbour', () => articleCacheKey(b, a, article('x', '3'))],
    ['its lead picture', () => articleCacheKey(article('b', '2', '/_astro/p.X.jpg'), a, c)],
    ['its neighbours’ order', () => articleCacheKey(b, c, a)],
    ['a related article it now links to a copy of', () => articleCacheKey(b, a, c, ['x'])],
  ])('should change when %s changes', (_what, key) => {
    expect(key()).not.toBe(articleCacheKey(b, a, c));
  });

  test('should be missing for a body Astro renders (with pictures), so that page is always rendered', () => {
    expect(articleCacheKey({ ...b, rendered: { html: '<p>x</p>', metadata: {} } }, a, c)).toBeUndefined();
  });
});

describe('build settings', () => {
  test('should change every key when canonical links switch to the originals', () => {
    const [a, b] = [article('a', '1'), article('b', '2')];
    const before = [articleCacheKey(a, b), listCacheKey(page([a, b]))];
    process.env['BROADSHEET_CANONICAL'] = 'original';
    try {
      expect(articleCacheKey(a, b)).not.toBe(before[0]);
      expect(listCacheKey(page([a, b]))).not.toBe(before[1]);
    } finally {
      delete process.env['BROADSHEET_CANONICAL'];
    }
  });
});

describe('listCacheKey', () => {
  const items = [article('a', '1'), article('b', '2')];

  const key = listCacheKey(page(items, 7, '/8/', '/6/'), 'Politics');

  test('should stay the same for the same articles, place and links', () => {
    expect(listCacheKey(page([article('a', '1'), article('b', '2')], 7, '/8/', '/6/'), 'Politics')).toBe(key);
  });

  test.each([
    ['an article', () => page([article('a', '1'), article('b', '9')], 7, '/8/', '/6/')],
    ['the page number', () => page(items, 6, '/8/', '/6/')],
    ['the newer page it links to (the home, once the next page is full)', () => page(items, 7, '/', '/6/')],
    ['the older page it links to', () => page(items, 7, '/8/')],
  ])('should change with %s', (_what, changed) => {
    expect(listCacheKey(changed(), 'Politics')).not.toBe(key);
  });

  test('should change with the list', () => {
    expect(listCacheKey(page(items, 7, '/8/', '/6/'), 'Economy')).not.toBe(key);
  });
});
