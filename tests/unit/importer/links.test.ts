import { describe, expect, test } from 'vitest';
import { linkTextOnly, unlinkPlaceholders } from '../../../src/importer/links';

describe('unlinkPlaceholders', () => {
  test.each([
    ['according to [AFP](#).', 'according to AFP.'],
    ['[empty]() and [spaced]( # )', 'empty and spaced'],
    ['[real](https://a.example) stays', '[real](https://a.example) stays'],
    ['[anchor](#section) stays', '[anchor](#section) stays'],
    ['![image](#) stays', '![image](#) stays'],
    ['[titled](# "title")', 'titled'],
  ])('%j → %j', (line, expected) => {
    expect(unlinkPlaceholders(line)).toBe(expected);
  });
});

describe('linkTextOnly', () => {
  test('should keep only the text of every link', () => {
    expect(linkTextOnly('[Jane Doe](https://a.example/jane) and [AFP](#)')).toBe('Jane Doe and AFP');
  });
});
