import { describe, expect, test } from 'vitest';
import { relatedIndex, resolveRelated, sourceKey, titleKey } from '../../../src/lib/finding/related';

const articles = [
  {
    id: 'beach',
    data: {
      title: 'North Korea Targets Russian Tourists with New Beach Resort',
      source: 'https://www.themoscowtimes.com/2025/06/30/beach-a1',
    },
  },
  { id: 'trams', data: { title: 'City Council Backs Night Trams', source: 'https://example.com/trams/' } },
  { id: 'kim', data: { title: 'Kim Jong Un Honors Soldiers', source: 'https://example.com/kim' } },
];
const index = relatedIndex(articles);

describe('titleKey and sourceKey', () => {
  test('should compare headlines whatever their case, width, quotes and punctuation', () => {
    expect(titleKey('“North Korea” Targets  Russian Tourists — with New Beach-Resort!')).toBe(
      titleKey('north korea targets russian tourists with new beach resort'),
    );
    expect(titleKey('ＡＢＣ')).toBe('abc');
  });

  test('should compare addresses without www, trailing slash, query or fragment', () => {
    expect(sourceKey('https://www.example.com/a/?utm=x#top')).toBe(sourceKey('http://example.com/a'));
    expect(sourceKey('not a url')).toBeUndefined();
  });
});

describe('resolveRelated', () => {
  test('should find this site’s copy of a related article whose link was lost, by its headline', () => {
    expect(
      resolveRelated([{ title: 'North Korea targets Russian tourists with new beach resort' }], index, 'kim'),
    ).toEqual([
      { title: 'North Korea targets Russian tourists with new beach resort', url: undefined, slug: 'beach' },
    ]);
  });

  test('should find it by the original’s address when the link survived', () => {
    expect(
      resolveRelated([{ title: 'Night trams', url: 'https://example.com/trams' }], index, 'kim'),
    ).toEqual([{ title: 'Night trams', url: 'https://example.com/trams', slug: 'trams' }]);
  });

  test('should leave unmatched titles, and the article itself, without a copy', () => {
    expect(
      resolveRelated(
        [
          { title: 'Something Else' },
          { title: 'Kim Jong Un Honors Soldiers' },
          { title: 'x', url: 'https://other.example/' },
        ],
        index,
        'kim',
      ).map((entry) => entry.slug),
    ).toEqual([undefined, undefined, undefined]);
  });
});

describe('relatedIndex', () => {
  test('should read no headline until a related article is looked up, and each one once', () => {
    let read = 0;
    const counted = articles.map(({ id, data }) => ({
      id,
      data: {
        get title() {
          read++;
          return data.title;
        },
        source: data.source,
      },
    }));
    const lazy = relatedIndex(counted);
    for (const { id } of articles) resolveRelated([], lazy, id);
    expect(read).toBe(0);
    resolveRelated([{ title: 'City Council Backs Night Trams' }], lazy, 'kim');
    resolveRelated([{ title: 'Kim Jong Un Honors Soldiers' }], lazy, 'trams');
    expect(read).toBe(articles.length);
  });
});
