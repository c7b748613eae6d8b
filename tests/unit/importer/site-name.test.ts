import { describe, expect, test } from 'vitest';
import { isSiteName, siteKeys, splitSiteName, withoutSiteName } from '../../../src/importer/site-name';

describe('withoutSiteName', () => {
  test.each([
    ['Fares frozen | Reuters', [], 'https://www.reuters.example/x', 'Fares frozen'],
    ['Fares frozen - Harbour News', ['Harbour News'], undefined, 'Fares frozen'],
    ['Fares frozen | Ukraine | The Daily Example', ['The Daily Example'], undefined, 'Fares frozen'],
    [
      'Fares frozen | Island News | Harbour Gazette',
      [],
      'https://www.harbourgazette.example/x',
      'Fares frozen',
    ],
    ['Fares frozen | Eleanor Roe', ['Eleanor Roe'], undefined, 'Fares frozen'],
    ['Fares frozen : CityPaper', ['CityPaper'], undefined, 'Fares frozen'],
    ['Fares frozen — www.news.example', [], 'http://www.news.example/x', 'Fares frozen'],
    [
      'Plague: a third case – ‘The plague is coming’ | Science | News | Express.example',
      ['Express.example'],
      undefined,
      'Plague: a third case – ‘The plague is coming’',
    ],
    ['Fares frozen | Aktuálně.cz', ['Aktuálně.cz - Víte, co se právě děje'], undefined, 'Fares frozen'],
    ['Gazette | Fares frozen', [], 'https://gazette.example/x', 'Fares frozen'],
  ])('should take the site name out of %j', (title, names, url, expected) => {
    expect(withoutSiteName(title, siteKeys(names, url))).toBe(expected);
  });

  test.each([
    ['Design Week 2018 | A light installation for Flos', ['Inexhibit'], 'https://www.inexhibit.example/x'],
    ['Opinion | Republicans Are Following Trump to Nowhere', [], 'https://www.nytimes.example/x'],
    ['Trump: the talks are over', [], 'https://www.trump.example/x'],
    ['Gazette - the first hundred years', [], 'https://gazette.example/x'],
  ])('should leave %j as it is', (title, names, url) => {
    expect(withoutSiteName(title, siteKeys(names, url))).toBe(title);
  });
});

describe('splitSiteName', () => {
  test.each([
    ['Fares frozen | Reuters', 'https://www.reuters.example/x', 'Reuters'],
    [
      'Fares frozen | Island News | Harbour Gazette',
      'https://www.harbourgazette.example/x',
      'Harbour Gazette',
    ],
    ['Gazette | Fares frozen', 'https://gazette.example/x', 'Gazette'],
  ])('should name the site %j carries', (title, url, site) => {
    expect(splitSiteName(title, siteKeys([], url))).toEqual({ headline: 'Fares frozen', site });
  });

  test('should name no site when no end of the title matches', () => {
    const title = 'Opinion | Republicans Are Following Trump to Nowhere';
    expect(splitSiteName(title, siteKeys([], 'https://www.nytimes.example/x'))).toEqual({ headline: title });
  });
});

describe('isSiteName', () => {
  test('should know the site by its name or its address, and a person by neither', () => {
    const keys = siteKeys(['Harbour Gazette'], 'https://journal.catalogues.example/a');
    expect(isSiteName('The Catalogues Journal', keys)).toBe(true);
    expect(isSiteName('Harbour Gazette', keys)).toBe(true);
    expect(isSiteName('Ana Lopes', keys)).toBe(false);
  });
});
