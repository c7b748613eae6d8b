import { describe, expect, test } from 'vitest';
import { readingMinutes, textSize } from '../../../src/lib/reading-time';

describe('textSize', () => {
  test('should count words of spaced scripts, not the tags around them', () => {
    expect(textSize('<p>North Korean <a href="/x">state media</a> on Tuesday.</p>')).toEqual({
      words: 6,
      characters: 0,
    });
    expect(textSize('Городской совет во вторник проголосовал')).toEqual({ words: 5, characters: 0 });
    expect(textSize('المجلس البلدي يقر ميزانية')).toEqual({ words: 4, characters: 0 });
  });

  test('should count the characters of Chinese and Japanese, which have no spaces', () => {
    expect(textSize('港の霧で朝のフェリーが三時間運休')).toEqual({ words: 0, characters: 16 });
    expect(textSize('市议会批准夜间电车')).toEqual({ words: 0, characters: 9 });
    // Latin words in a Japanese text still count as words.
    expect(textSize('AFPによると')).toEqual({ words: 1, characters: 4 });
  });
});

describe('readingMinutes', () => {
  test.each([
    [{ words: 1140, characters: 0 }, 'en', 5],
    [{ words: 1140, characters: 0 }, 'ar', 8],
    [{ words: 1140, characters: 0 }, 'ru-RU', 6],
    [{ words: 0, characters: 1785 }, 'ja', 5],
    [{ words: 0, characters: 1785 }, 'zh', 7],
    [{ words: 1140, characters: 0 }, 'ko', 6],
    [{ words: 20, characters: 0 }, 'en', 1],
  ])('should give %j in %s %i minutes', (size, lang, minutes) => {
    expect(readingMinutes(size, lang)).toBe(minutes);
  });
});
