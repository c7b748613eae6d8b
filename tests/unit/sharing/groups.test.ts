import { describe, expect, test } from 'vitest';
import { groupBy, groupSlug, legacySlug, monthOf, neighbours } from '../../../src/lib/finding/groups';

describe('groupSlug', () => {
  test.each([
    ['Transport', 'transport'],
    ['City council', 'city-council'],
    ['Security & Safety', 'security-safety'],
    ['</script>', 'script'],
    // Latin accents are transliterated, as article slugs are: one rule for every page.
    ['Le Progrès', 'le-progres'],
    ['Zürcher Zeitung', 'zurcher-zeitung'],
    ["Women's Sport", 'womens-sport'],
    ['U.S. Politics', 'us-politics'],
    ['Version 3.5', 'version-3-5'],
  ])('should make %j into %j', (name, slug) => {
    expect(groupSlug(name)).toBe(slug);
  });

  test.each([
    ['Транспорт', /^transport-[0-9a-f]{8}$/],
    ['交通', /^jiao-tong-[0-9a-f]{8}$/],
    ['النقل', /^[a-z0-9-]+-[0-9a-f]{8}$/],
    ['!!!', /^x-[0-9a-f]{8}$/],
    ['🚆', /^x-[0-9a-f]{8}$/],
  ])('should give %j a readable ASCII slug that keeps it unique', (name, pattern) => {
    expect(groupSlug(name)).toMatch(pattern);
    expect(groupSlug(name)).toBe(groupSlug(name));
  });

  test('should keep names apart that transliterate alike', () => {
    // Two words that read the same in pinyin, Cyrillic е and э, names of punctuation only.
    expect(groupSlug('交通')).not.toBe(groupSlug('焦通'));
    expect(groupSlug('Мер')).not.toBe(groupSlug('Мэр'));
    expect(groupSlug('???')).not.toBe(groupSlug('!!!'));
    expect(groupSlug('Транспорт')).not.toBe(groupSlug('Transport'));
  });

  test('should give one slug to spellings that differ in case, spacing or normalization', () => {
    expect(groupSlug('Café Times')).toBe(groupSlug('Cafe\u0301 Times'));
    expect(groupSlug('Транспорт')).toBe(groupSlug(' транспорт '));
    expect(groupSlug('交通  新闻')).toBe(groupSlug('交通 新闻'));
  });

  test('should bound a long name at a word and keep it unique', () => {
    const long = `${'Regional transport authority '.repeat(10)}`;
    const slug = groupSlug(`${long}north`);
    expect(slug.length).toBeLessThanOrEqual(70);
    expect(slug).toMatch(/^regional-transport-authority-[a-z-]*[a-z]-[0-9a-f]{8}$/);
    expect(slug).not.toBe(groupSlug(`${long}south`));
    expect(groupSlug('ж'.repeat(300)).length).toBeLessThanOrEqual(70);
  });
});

describe('legacySlug', () => {
  test.each([
    ['Le Progrès', 'le-progrès'],
    ['交通', '交通'],
    ["Women's Sport", 'womens-sport'],
  ])('should give %j its old address %j', (name, slug) => {
    expect(legacySlug(name)).toBe(slug);
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
