import { describe, expect, test } from 'vitest';
import { readHeaderWindow } from '../../../src/importer/header-window';

describe('readHeaderWindow', () => {
  test('should read a byline split over two lines and a date under a dek', () => {
    const lines = ['Dozens of volunteers turned out', 'by', 'Mara Quinn |', '27/02/2026', 'Story.'];
    const window = readHeaderWindow(lines, 0, lines.length, {});
    expect(window.fields).toMatchObject({ byline: { byline: 'Mara Quinn' }, published: '2026-02-27' });
    expect(window.used).toEqual([1, 2, 3]);
    expect(window.dek).toEqual({ index: 0, text: 'Dozens of volunteers turned out' });
  });

  test('should take a name without "By" only next to a date', () => {
    const lines = ['World', '|', 'Rudi Ghosh |', 'Feb 27, 2026, 07:57 IST', 'Story.'];
    expect(readHeaderWindow(lines, 0, lines.length, {}).fields).toMatchObject({
      byline: { byline: 'Rudi Ghosh' },
      published: '2026-02-27T07:57+05:30',
    });
    const undated = ['World', 'Rudi Ghosh', 'Story goes on and on.'];
    expect(readHeaderWindow(undated, 0, undated.length, {})).toEqual({ fields: {}, used: [] });
  });

  test('should read the date after the author the copy already named', () => {
    const lines = ['Jane Doe *2026年4月27日 22:00*', 'Story.'];
    expect(readHeaderWindow(lines, 0, lines.length, {}, ['Jane Doe']).fields).toEqual({
      published: '2026-04-27T22:00',
    });
  });

  test('should stop looking once the story has begun', () => {
    const prose =
      'A long paragraph of the story that goes on for well over a hundred and twenty characters, as stories do.';
    const lines = [prose, prose, prose, 'March 3, 2026'];
    expect(readHeaderWindow(lines, 0, lines.length, {})).toEqual({ fields: {}, used: [] });
  });
});
