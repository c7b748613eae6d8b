import { describe, expect, test } from 'vitest';
import { displayHost, isHttpUrl, isLocalPath, isPlaceholderHref, writableUrl } from '../../../src/lib/urls';

describe('isHttpUrl', () => {
  test.each(['https://example.com/a', 'http://example.com', 'https://example.com/a?b=c#d'])(
    'accepts %s',
    (url) => {
      expect(isHttpUrl(url)).toBe(true);
    },
  );
  test.each([
    'javascript:alert(1)',
    'ftp://example.com',
    '//example.com',
    '/articles/x/',
    'example.com',
    'https://',
  ])('rejects %s', (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});

describe('isPlaceholderHref', () => {
  test.each(['', '#', ' # ', undefined, null])('%j is a placeholder', (href) => {
    expect(isPlaceholderHref(href)).toBe(true);
  });
  test.each(['#notes', 'https://example.com', '/x'])('%j is not', (href) => {
    expect(isPlaceholderHref(href)).toBe(false);
  });
});

describe('isLocalPath', () => {
  test.each(['photo.jpg', './img/a.png', '../shared/b.jpg'])('%s is a file next to the article', (src) => {
    expect(isLocalPath(src)).toBe(true);
  });
  test.each([
    'https://example.com/a.jpg',
    '//example.com/a.jpg',
    '/images/a.jpg',
    'data:image/png;base64,AAAA',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'a.jpg?track=1',
    '',
    '\\\\host\\share.jpg',
  ])('%s is not', (src) => {
    expect(isLocalPath(src)).toBe(false);
  });
});

test('displayHost drops www.', () => {
  expect(displayHost('https://www.themoscowtimes.com/2025/07/01/x')).toBe('themoscowtimes.com');
});

describe('writableUrl', () => {
  test.each([
    [
      'https://example.com/news/2?q="><script>x</script>',
      'https://example.com/news/2?q=%22%3E%3Cscript%3Ex%3C/script%3E',
    ],
    ['https://example.com/a b?c={d}|e^`f', 'https://example.com/a%20b?c=%7Bd%7D%7Ce%5E%60f'],
    ['https://example.com/caf%C3%A9?x=1&y=2#top', 'https://example.com/caf%C3%A9?x=1&y=2#top'],
    ['https://example.com/café', 'https://example.com/café'],
  ])('should write %j as %j', (url, written) => {
    expect(writableUrl(url)).toBe(written);
  });
});
