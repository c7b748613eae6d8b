import { describe, expect, test } from 'vitest';
import { editDistance, nearestField, shownFieldName } from '../../../src/loaders/field-names';

describe('shownFieldName', () => {
  test.each([
    ['title', 'title'],
    ['image.src', 'image.src'],
    ['a b', '"a b"'],
    ['bad\r\nx.md: title: forged', '"bad\\u{D}\\u{A}x.md: title: forged"'],
    ['x\u202Eevil', '"x\\u{202E}evil"'],
    ['say "hi" \\', '"say \\"hi\\" \\\\"'],
    ['a'.repeat(41), `"${'a'.repeat(40)}…"`],
  ])('should show %j as %s', (name, shown) => {
    expect(shownFieldName(name)).toBe(shown);
  });
});

describe('nearestField', () => {
  const known = ['title', 'dek', 'byline', 'source', 'published', 'tags', 'lang'];
  test.each([
    ['titel', 'title'],
    ['Title', 'title'],
    ['tag', 'tags'],
    ['publshed', 'published'],
    ['sorce', 'source'],
    ['colour', undefined],
    ['x', undefined],
    ['language', undefined],
  ])('should answer %s with %s', (name, meant) => {
    expect(nearestField(name, known)).toBe(meant);
  });

  test('should count a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
