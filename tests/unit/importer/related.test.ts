import { describe, expect, test } from 'vitest';
import { parseRelatedLine, resolveRelatedUrl } from '../../../src/importer/related';

const BASE = 'https://news.example.com/2026/10/02/story';

describe('parseRelatedLine', () => {
  test.each([
    [
      '**Related article:** [North Korea Targets Russian Tourists](#)',
      [{ title: 'North Korea Targets Russian Tourists', url: '#' }],
    ],
    ['Related: [A](https://a.example/x)', [{ title: 'A', url: 'https://a.example/x' }]],
    [
      '**Read more:** [A](/a), [B](../b)',
      [
        { title: 'A', url: '/a' },
        { title: 'B', url: '../b' },
      ],
    ],
    ['__See also__: [*A*](a.html)', [{ title: 'A', url: 'a.html' }]],
  ])('should read %j', (line, links) => {
    expect(parseRelatedLine(line)).toEqual(links);
  });

  test.each([
    ['a paragraph with a link', 'Officials said [the report](https://a.example) was wrong.'],
    ['a label and words', '**Related article:** see below'],
    ['a label without links', '**Related article:**'],
    ['a link and more text', '**Related:** [A](/a) and other stories'],
  ])('should not read %s', (_what, line) => {
    expect(parseRelatedLine(line)).toBeUndefined();
  });
});

describe('resolveRelatedUrl', () => {
  test.each([
    ['#', undefined],
    ['', undefined],
    ['#section', undefined],
    ['/2026/09/14/other', 'https://news.example.com/2026/09/14/other'],
    ['../../09/01/other', 'https://news.example.com/2026/09/01/other'],
    ['https://other.example.org/x', 'https://other.example.org/x'],
    ['mailto:desk@example.com', undefined],
    ['javascript:alert(1)', undefined],
  ])('%j → %s', (href, url) => {
    expect(resolveRelatedUrl(href, BASE)).toBe(url);
  });

  test('should drop relative targets when the source is unknown', () => {
    expect(resolveRelatedUrl('/a', undefined)).toBeUndefined();
  });
});
