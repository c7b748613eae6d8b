import { describe, expect, test } from 'vitest';
import { parseCaptionCredit, parseCredit } from '../../../src/importer/credit';

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
    ['Photograph: Clodagh Kilcoyne/Reuters', 'Clodagh Kilcoyne/Reuters'],
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

describe('parseCaptionCredit', () => {
  test.each([
    ['KCNA', { credit: 'KCNA' }],
    [
      'Kim Jong Un places a flag on a coffin in Pyongyang. KCNA',
      { caption: 'Kim Jong Un places a flag on a coffin in Pyongyang.', credit: 'KCNA' },
    ],
    [
      'Firefighters at work on Thursday. Yuri Kochetkov / EPA-EFE',
      { caption: 'Firefighters at work on Thursday.', credit: 'Yuri Kochetkov / EPA-EFE' },
    ],
  ])('should read %j', (line, expected) => {
    expect(parseCaptionCredit(line)).toEqual(expected);
  });

  test.each([
    'North Korean state media on Tuesday released images of leader Kim Jong Un mourning.',
    'Officials said the bridge will reopen. It was closed for two years.',
  ])('should not read the story %j', (line) => {
    expect(parseCaptionCredit(line)).toBeUndefined();
  });
});
