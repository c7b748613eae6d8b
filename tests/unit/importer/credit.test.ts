import { describe, expect, test } from 'vitest';
import { parseCredit } from '../../../src/importer/credit';

describe('parseCredit', () => {
  test.each([
    ['KCNA', 'KCNA'],
    ['Maxim Shemetov / Reuters', 'Maxim Shemetov / Reuters'],
    ['Photo: Yuri Kochetkov / EPA-EFE', 'Yuri Kochetkov / EPA-EFE'],
    ['Photo by Jane Doe/AP', 'Jane Doe/AP'],
    ['© Reuters', 'Reuters'],
    ['(Photo: AFP)', 'AFP'],
    ['_Kremlin.ru_', 'Kremlin.ru'],
    ['AP Photo/Jane Doe', 'AP Photo/Jane Doe'],
  ])('should read %j', (line, credit) => {
    expect(parseCredit(line)).toBe(credit);
  });

  test.each([
    ['a sentence', 'The ceremony was held on Sunday.'],
    ['a long line', 'Moscow marked City Day on Saturday with concerts street festivals and fireworks'],
    ['a heading', '## Background'],
    ['a list item', '- first point'],
    ['an image', '![alt](photo.jpg)'],
    ['a Japanese sentence', '東京で水曜日、新しい地下鉄路線が開業した。'],
    ['a dateline', 'MOSCOW —'],
  ])('should not read %s', (_what, line) => {
    expect(parseCredit(line)).toBeUndefined();
  });
});
