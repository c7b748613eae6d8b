import { describe, expect, test } from 'vitest';
import { findPageHeading } from '../../../src/importer/page-heading';
import { siteKeys } from '../../../src/importer/site-name';

const keys = siteKeys(['Harbour Gazette'], 'https://www.harbourgazette.example/x');
const title = 'Ferry workers to be laid off this week | Harbour Gazette';

describe('findPageHeading', () => {
  test('should take the first heading that shares a telling word with a title rewritten for search', () => {
    const lines = ['[Home](/)', '', 'Major ferry layoffs to begin today', '===', '', 'Body.'];
    expect(findPageHeading(lines, 0, title, keys)).toMatchObject({
      text: 'Major ferry layoffs to begin today',
      start: 2,
      index: 3,
      heading: true,
      whole: false,
    });
  });

  test('should pass over the site name and one-word labels', () => {
    const lines = ['# Harbour Gazette', '', '# Menu', '', '# Ferry layoffs begin', '', 'Body.'];
    expect(findPageHeading(lines, 0, title, keys)).toMatchObject({ start: 4 });
  });

  test('should ask more of a later heading than of the first', () => {
    const lines = ['# Storm closes the harbour', '', '# Best ferry trips of the year', '', 'Body.'];
    expect(findPageHeading(lines, 0, title, keys)).toBeUndefined();
    const confirmed = ['# Storm closes the harbour', '', '# Ferry workers laid off', '', 'Body.'];
    expect(findPageHeading(confirmed, 0, title, keys)).toMatchObject({ start: 2 });
  });

  test('should find nothing when no heading shares a word with the title', () => {
    expect(findPageHeading(['# Weather for Sunday', 'Body.'], 0, title, keys)).toBeUndefined();
  });

  test('should take a heading that prints the title exactly over one before it with a site name added', () => {
    const lines = [
      '# Ferry workers laid off_Harbour News_Example',
      '',
      '# Ferry workers laid off',
      '',
      'Body.',
    ];
    expect(findPageHeading(lines, 0, 'Ferry workers laid off', [])).toMatchObject({ start: 2 });
  });
});
