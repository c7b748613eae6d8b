import { describe, expect, test } from 'vitest';
import { findPrintedTitle } from '../../../src/importer/printed-title';
import { siteKeys } from '../../../src/importer/site-name';

const keys = siteKeys(['Harbour Gazette'], 'https://www.harbourgazette.example/x');

describe('findPrintedTitle', () => {
  test('should pass over the page title echoed at the top for the headline printed below the menus', () => {
    const lines = ['Fares frozen | Island News | Harbour Gazette', 'News', 'Sport', 'Fares frozen', 'Body.'];
    expect(findPrintedTitle(lines, 0, [lines[0]], keys)).toMatchObject({ start: 3, index: 3, whole: false });
  });

  test('should read a setext heading and tell typographic quotes from straight ones', () => {
    const lines = ['Menu', '“Fares” frozen', '==========', 'Body.'];
    expect(findPrintedTitle(lines, 0, ['"Fares" frozen - Harbour Gazette'], keys)).toMatchObject({
      text: '“Fares” frozen',
      start: 1,
      index: 2,
      heading: true,
    });
  });

  test('should take a heading that prints the title up to its last separator', () => {
    const lines = ['## Fares frozen for a year', 'Body.'];
    expect(findPrintedTitle(lines, 0, ['Fares frozen for a year - A Blog'], [])).toMatchObject({ start: 0 });
  });

  test('should fall back to the whole title, and find nothing when nothing prints it', () => {
    const echoed = ['Fares frozen | Harbour Gazette', 'Body.'];
    expect(findPrintedTitle(echoed, 0, [echoed[0]], keys)).toMatchObject({ start: 0, whole: true });
    expect(findPrintedTitle(['Body.'], 0, ['Fares frozen'], keys)).toBeUndefined();
  });

  test('should match a title with no site name to remove as a whole, so that a heading may beat it', () => {
    const lines = ['Fares frozen for a year | Buses | Trams', 'Body.'];
    expect(findPrintedTitle(lines, 0, [lines[0]], keys)).toMatchObject({ start: 0, whole: true });
  });
});
