import { describe, expect, test } from 'vitest';
import { againstPrinted } from '../../../src/importer/printed-zone';

describe('againstPrinted', () => {
  test.each([
    [
      'a zoned printed time of the same moment',
      '2019-11-19T02:24:00',
      '2019-11-18T21:24-05:00',
      '2019-11-18T21:24-05:00',
    ],
    ['the page’s wall clock whole hours away', '2019-11-20T01:53:14', '2019-11-19T17:53', '2019-11-19T17:53'],
    ['a wall clock half an hour off the hour', '2019-11-20T05:36:00', '2019-11-20T11:06', '2019-11-20T11:06'],
  ])('should take %s', (_what, stated, shown, expected) => {
    expect(againstPrinted(stated, shown)).toBe(expected);
  });

  test.each([
    ['the stated time has a zone', '2019-11-19T04:50:22+00:00', '2019-11-18T23:50-05:00'],
    ['the printed one is a day alone', '2019-11-20T01:53:14', '2019-11-19'],
    ['they are more than a zone apart', '2019-11-20T01:53:00', '2019-11-18T09:53-05:00'],
    ['the minutes differ (another time)', '2019-11-20T01:53:00', '2019-11-19T17:40'],
    ['nothing is printed', '2019-11-20T01:53:00', undefined],
  ])('should keep the stated time when %s', (_what, stated, shown) => {
    expect(againstPrinted(stated, shown)).toBe(stated);
  });
});
