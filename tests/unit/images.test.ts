import { describe, expect, test } from 'vitest';
import {
  CANDIDATE_WIDTHS,
  COLUMN_MAX_PX,
  columnSizes,
  splitCaption,
  srcsetWidths,
} from '../../src/lib/images';

describe('srcsetWidths', () => {
  test.each([
    ['a source wider than every candidate', 4000, [400, 800, 1200, 1600]],
    ['a source exactly the largest candidate', 1600, [400, 800, 1200, 1600]],
    ['the 1800 px harbour photo', 1800, [400, 800, 1200, 1600]],
    ['a 1200 px source (its own width, no duplicate)', 1200, [400, 800, 1200]],
    ['a 1000 px source (its own width last)', 1000, [400, 800, 1000]],
    ['a 640 px chart', 640, [400, 640]],
    ['a 420 px source (400 is a near-duplicate)', 420, [420]],
    ['a source narrower than every candidate', 300, [300]],
  ])('should choose widths for %s', (_name, width, expected) => {
    expect(srcsetWidths(width)).toEqual(expected);
  });

  test('should never list a width larger than the source', () => {
    for (let width = 1; width <= 2000; width += 7) {
      expect(Math.max(...srcsetWidths(width))).toBeLessThanOrEqual(width);
    }
  });

  test('should keep the candidates in ascending order whatever order they are given in', () => {
    expect(srcsetWidths(5000, [1200, 400, 800])).toEqual([400, 800, 1200]);
  });

  test.each([0, -5, 12.5, Number.NaN])('should refuse a source width of %s', (width) => {
    expect(() => srcsetWidths(width)).toThrow(RangeError);
  });

  test('should encode for a phone, the column and the column on a 2x screen', () => {
    expect(CANDIDATE_WIDTHS[0]).toBeLessThanOrEqual(400);
    expect(CANDIDATE_WIDTHS.at(-1)).toBeGreaterThanOrEqual(2 * COLUMN_MAX_PX);
  });
});

describe('columnSizes', () => {
  test.each([
    ['the full column', undefined, '(min-width: 692px) 660px, calc(100vw - 32px)'],
    ['a picture wider than the column', 1800, '(min-width: 692px) 660px, calc(100vw - 32px)'],
    ['a 640 px chart', 640, '(min-width: 672px) 640px, calc(100vw - 32px)'],
    ['a small picture', 300, '(min-width: 332px) 300px, calc(100vw - 32px)'],
  ])('should describe %s', (_name, width, expected) => {
    expect(columnSizes(width)).toBe(expected);
  });
});

describe('splitCaption', () => {
  test.each([
    [
      'a caption with a photo credit',
      'Queues at the terminal. Photo: Jane Doe',
      { caption: 'Queues at the terminal.', credit: 'Photo: Jane Doe' },
    ],
    [
      'a chart credit',
      'Departures per hour. Chart: Broadsheet',
      { caption: 'Departures per hour.', credit: 'Chart: Broadsheet' },
    ],
    ['a credit alone', 'Photo: AFP', { credit: 'Photo: AFP' }],
    ['a caption alone', 'The harbour at dawn', { caption: 'The harbour at dawn' }],
    ['"photo" inside a word', 'A photograph:less caption', { caption: 'A photograph:less caption' }],
    ['an empty title', '   ', {}],
  ])('should split %s', (_name, title, expected) => {
    expect(splitCaption(title)).toEqual(expected);
  });
});
