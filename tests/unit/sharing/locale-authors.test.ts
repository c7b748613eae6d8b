import { describe, expect, test } from 'vitest';
import { articleAuthors, isOrganisation, splitByline } from '../../../src/lib/sharing/authors';
import { articleCanonical, canonicalTarget } from '../../../src/lib/sharing/canonical';
import { ogLocale } from '../../../src/lib/sharing/locale';

describe('ogLocale', () => {
  test.each([
    ['en', 'en_US'],
    ['ru', 'ru_RU'],
    ['ja', 'ja_JP'],
    ['pt-BR', 'pt_BR'],
    ['ar', 'ar_EG'],
    ['el', 'el_GR'],
  ])('should turn %s into %s', (tag, locale) => {
    expect(ogLocale(tag)).toBe(locale);
  });
});

describe('authors', () => {
  test.each([
    ['AFP', ['AFP']],
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Reuters', ['Jane Doe', 'John Roe', 'Reuters']],
    ['By Jane Doe with AP', ['Jane Doe', 'AP']],
  ])('should split the byline %s', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  test.each([
    ['AFP', true],
    ['Reuters', true],
    ['The Associated Press', true],
    ['Moscow Times Staff', true],
    ['Jane Doe', false],
    ['Afrodite Papas', false],
  ])('should tell whether %s is an organisation (%s)', (name, expected) => {
    expect(isOrganisation(name)).toBe(expected);
  });

  test('should make one entry per author, agencies and the publisher as organisations', () => {
    expect(
      articleAuthors({ byline: 'Jane Doe and AFP', publisher: 'The Daily' }).map(
        (a) => `${a.type}:${a.name}`,
      ),
    ).toEqual(['Person:Jane Doe', 'Organization:AFP']);
    expect(articleAuthors({ authors: ['The Daily'], byline: 'x', publisher: 'The Daily' })).toEqual([
      { type: 'Organization', name: 'The Daily' },
    ]);
    expect(articleAuthors({})).toEqual([]);
  });
});

describe('canonical', () => {
  test('should point at this copy unless told to point at the original', () => {
    expect(canonicalTarget({})).toBe('copy');
    expect(canonicalTarget({ BROADSHEET_CANONICAL: 'original' })).toBe('original');
    expect(articleCanonical('https://a.example/x/', 'https://orig.example/y', 'copy')).toBe(
      'https://a.example/x/',
    );
    expect(articleCanonical('https://a.example/x/', 'https://orig.example/y', 'original')).toBe(
      'https://orig.example/y',
    );
  });
});
