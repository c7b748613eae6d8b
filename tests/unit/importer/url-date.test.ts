import { describe, expect, test } from 'vitest';
import { dateInUrl } from '../../../src/importer/url-date';

describe('dateInUrl', () => {
  test.each([
    ['https://www.themoscowtimes.com/2025/07/01/kim-jong-un-a89626', '2025-07-01'],
    ['https://www.example.com/world/flooding-2026-03-04/', '2026-03-04'],
    ['https://news.example.org/20260304/story.html', '2026-03-04'],
    ['https://news.example.org/2024/02/29/leap', '2024-02-29'],
    ['https://www.theguardian.com/uk-news/2025/jan/24/storm-eowyn-power-cuts', '2025-01-24'],
  ])('%s → %s', (url, date) => {
    expect(dateInUrl(url)).toBe(date);
  });

  test.each([
    'https://news.example.org/2026/06/story',
    'https://news.example.org/2026/jun/story',
    'https://news.example.org/2023/02/29/not-a-leap-year',
    'https://news.example.org/story-12345678',
    'https://news.example.org/a?date=2026-06-08',
    'not a url',
  ])('should find no day in %s', (url) => {
    expect(dateInUrl(url)).toBeUndefined();
  });
});
