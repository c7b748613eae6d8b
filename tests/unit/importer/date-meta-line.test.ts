// The metadata line a page prints under its headline leaves the body when the copy states its date.
import { describe, expect, test } from 'vitest';
import { isDateMetaLine } from '../../../src/importer/date-meta-line';
import { parseRawCopy } from '../../../src/importer/raw-copy';

describe('isDateMetaLine', () => {
  test.each([
    [
      '2025-11-21 [Tools](https://example.com/tools) [News](https://example.com/news) 0 0 [0](https://example.com/a#comments)',
    ],
    ['November 21, 2025 · [Transport](https://example.com/t) · 12'],
  ])('should be the date printed again: %j', (line) => {
    expect(isDateMetaLine(line, '2025-11-21')).toBe(true);
  });

  test.each([
    ['another day', '2025-11-20 [Tools](https://example.com/tools)'],
    ['a sentence', 'On 2025-11-21 the council voted to keep the library open.'],
    ['words beside the date', '2025-11-21 Updated by the city desk'],
  ])('should not take %s', (_name, line) => {
    expect(isDateMetaLine(line, '2025-11-21')).toBe(false);
  });
});

test('a clipped page should start at its story, not at the date line under its headline', () => {
  const copy = [
    '---',
    'title: "Library Stays Open"',
    'source: "https://news.example.com/library"',
    'published: 2025-11-21',
    'created: 2025-12-08',
    '---',
    '## Library Stays Open',
    '',
    '2025-11-21 [City](https://news.example.com/city) 0 [0](https://news.example.com/library#comments)',
    '',
    'The council voted on Monday to keep the old library open for another five years, after a campaign by parents.',
  ].join('\n');
  const draft = parseRawCopy(copy);
  expect(draft.body).toBe(
    'The council voted on Monday to keep the old library open for another five years, after a campaign by parents.',
  );
});

test('should leave a byline printed as a link beside the date to the byline', () => {
  expect(isDateMetaLine('[Jane Doe](https://news.example.com/people/jane) 2025-11-21', '2025-11-21')).toBe(
    false,
  );
  expect(isDateMetaLine('[Jane Doe](https://news.example.com/jd) · 2025-11-21 · 3', '2025-11-21')).toBe(
    false,
  );
});
