import { describe, expect, test } from 'vitest';
import { groupBy, groupSlug, monthOf, neighbours } from '../../../src/lib/finding/groups';

describe('groupSlug', () => {
  test.each([
    ['Transport', 'transport'],
    ['City council', 'city-council'],
    ['Security & Safety', 'security-safety'],
    ['Транспорт', 'транспорт'],
    ['交通', '交通'],
    ['</script>', 'script'],
  ])('should make %j into %j', (name, slug) => {
    expect(groupSlug(name)).toBe(slug);
  });

  test('should give a name without letters a stable hashed slug', () => {
    expect(groupSlug('!!!')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(groupSlug('!!!')).toBe(groupSlug('!!!'));
    expect(groupSlug('???')).not.toBe(groupSlug('!!!'));
  });
});

describe('groupBy', () => {
  const items = [
    { id: 'a', tags: ['Transport', 'Weather'] },
    { id: 'b', tags: ['transport'] },
    { id: 'c', tags: ['Weather', 'Weather'] },
  ];

  test('should keep each group in list order, merge spellings and list an item once', () => {
    const groups = groupBy(items, (item) => item.tags);
    expect(groups.map((g) => [g.slug, g.name, g.items.map((i) => i.id)])).toEqual([
      ['transport', 'Transport', ['a', 'b']],
      ['weather', 'Weather', ['a', 'c']],
    ]);
  });
});

describe('months and neighbours', () => {
  test('should take the month of a date', () => {
    expect(monthOf('2025-07-01T10:00:00+03:00')).toBe('2025-07');
  });

  test.each([
    [0, undefined, 'b'],
    [1, 'a', 'c'],
    [2, 'b', undefined],
  ])('should find the neighbours of item %i', (index, newer, older) => {
    expect(neighbours(['a', 'b', 'c'], index)).toEqual({ newer, older });
  });
});
