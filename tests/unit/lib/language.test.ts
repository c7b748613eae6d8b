import { expect, test } from 'vitest';
import { canonicalLanguageTag, isLanguageTag, textDirection } from '../../../src/lib/language';

test.each([
  ['ar', 'rtl'],
  ['ar-EG', 'rtl'],
  ['he', 'rtl'],
  ['fa', 'rtl'],
  ['ur', 'rtl'],
  ['az-Arab', 'rtl'],
  ['en', 'ltr'],
  ['ru', 'ltr'],
  ['ja', 'ltr'],
  ['zh-Hant', 'ltr'],
  ['not a tag', 'ltr'],
])('%s is written %s', (tag, direction) => {
  expect(textDirection(tag)).toBe(direction);
});

test.each(['en', 'pt-BR', 'zh-Hant-TW', 'sr-Latn'])('%s is a language tag', (tag) => {
  expect(isLanguageTag(tag)).toBe(true);
});

test.each(['', 'e', 'en_US!', '12', 'en-'])('%j is not a language tag', (tag) => {
  expect(isLanguageTag(tag)).toBe(false);
});

test('tags are written in canonical case', () => {
  expect(canonicalLanguageTag('EN-gb')).toBe('en-GB');
});
