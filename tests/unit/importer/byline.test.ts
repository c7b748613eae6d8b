import { describe, expect, test } from 'vitest';
import { isRoleLine, parseByline, parseNames } from '../../../src/importer/byline';

describe('parseByline', () => {
  test.each([
    ['By AFP', 'AFP', ['AFP']],
    ['By [AFP](#)', 'AFP', ['AFP']],
    ['By [Jane Doe](https://example.com/authors/jane)', 'Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By [Jane Doe](#) & [John Roe](#)', 'Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    [
      'By Jane Doe, John Roe and Ann Poe',
      'Jane Doe, John Roe and Ann Poe',
      ['Jane Doe', 'John Roe', 'Ann Poe'],
    ],
    [
      'By Jane Doe, John Roe, and Ann Poe',
      'Jane Doe, John Roe, and Ann Poe',
      ['Jane Doe', 'John Roe', 'Ann Poe'],
    ],
    ['By Anna Petrova, Staff Writer', 'Anna Petrova, Staff Writer', ['Anna Petrova']],
    ['By Anna Petrova, Moscow Correspondent', 'Anna Petrova, Moscow Correspondent', ['Anna Petrova']],
    ['By Jane Doe and John Roe, in Kyiv', 'Jane Doe and John Roe, in Kyiv', ['Jane Doe', 'John Roe']],
    ['**By Jane Doe**', 'Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', 'JANE DOE', ['JANE DOE']],
    ['By Анна Петрова', 'Анна Петрова', ['Анна Петрова']],
    ['Par Jean Dupont et Marie Curie', 'Jean Dupont et Marie Curie', ['Jean Dupont', 'Marie Curie']],
    ['Von Anna Schmidt', 'Anna Schmidt', ['Anna Schmidt']],
    ['Written by Jane Doe', 'Jane Doe', ['Jane Doe']],
    ['Posted by Jane Doe', 'Jane Doe', ['Jane Doe']],
    ['BY: Jane Doe', 'Jane Doe', ['Jane Doe']],
    ['Текст: Лида Буслаева', 'Лида Буслаева', ['Лида Буслаева']],
    ['Publicado por: Clara Borba', 'Clara Borba', ['Clara Borba']],
    ['Words by Jane Doe and John Roe', 'Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Story by Jane Doe', 'Jane Doe', ['Jane Doe']],
    ['Di Luigi Di Maio', 'Luigi Di Maio', ['Luigi Di Maio']],
    ['Di ANSA', 'ANSA', ['ANSA']],
    ['By Maio', 'Maio', ['Maio']],
    ['Por José Ortega y Gasset', 'José Ortega y Gasset', ['José Ortega y Gasset']],
    ['Автор: Анна Петрова', 'Анна Петрова', ['Анна Петрова']],
    ['بقلم: فريق التحرير', 'فريق التحرير', ['فريق التحرير']],
  ])('should read %j', (line, byline, authors) => {
    expect(parseByline(line)).toEqual({ byline, authors });
  });

  test.each([
    ['a sentence starting with "By"', 'By the time rescuers arrived, the fire had spread.'],
    ['lowercase words', 'by and large'],
    ['no name', 'By'],
    ['a line without "By"', 'Jane Doe'],
    ['a German sentence starting with "Von"', 'Von der Leyen besucht Kiew'],
    ['a wire story’s closing credits', 'Reporting by Jane Doe; Editing by John Roe'],
    ['an Italian surname', 'Di Maio'],
    ['a German surname', 'Von Braun'],
    ['a Swedish surname', 'af Klint'],
    ['a Spanish question starting with "Por"', 'Por qué sube el precio del pan'],
  ])('should not read %s', (_what, line) => {
    expect(parseByline(line)).toBeUndefined();
  });
});

describe('isRoleLine', () => {
  test.each([
    ['Staff Writer', true],
    ['Moscow Correspondent', true],
    ['Senior Political Reporter', true],
    ['KCNA', false],
    ['Photo: Jane Doe', false],
    ['The writer is a former minister.', false],
  ])('%j → %s', (line, role) => {
    expect(isRoleLine(line)).toBe(role);
  });
});

describe('parseNames', () => {
  test('should read names printed without "By"', () => {
    expect(parseNames('Jane Doe and *John Roe*')).toEqual({
      byline: 'Jane Doe and John Roe',
      authors: ['Jane Doe', 'John Roe'],
    });
  });

  test.each(['the city council', 'The mayor said the tram would run all night.'])(
    'should not read %j',
    (text) => {
      expect(parseNames(text)).toBeUndefined();
    },
  );
});
