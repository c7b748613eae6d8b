import { describe, expect, test } from 'vitest';
import { readReaderPreamble } from '../../../src/importer/reader-preamble';

const lines = (text: string) => text.split('\n');

describe('readReaderPreamble', () => {
  test('should read the title, the address and the time, and where the Markdown starts', () => {
    const copy = [
      'Title: Tram Line Approved',
      '',
      'URL Source: https://a.example/tram',
      '',
      'Published Time: 2026-06-08T10:00:00Z',
      'Warning: This page maybe requiring CAPTCHA',
      '',
      'Markdown Content:',
      'The council approved the plan.',
    ].join('\n');
    expect(readReaderPreamble(lines(copy))).toEqual({
      title: 'Tram Line Approved',
      source: 'https://a.example/tram',
      published: '2026-06-08T10:00:00Z',
      contentStart: 8,
    });
  });

  test.each([
    [
      'no Markdown Content line',
      'Title: Tram\nURL Source: https://a.example/tram\n\nThe council approved the plan.',
    ],
    ['a field before the title', 'URL Source: https://a.example/tram\nTitle: Tram\nMarkdown Content:\nText.'],
    ['prose inside it', 'Title: Tram\nThe council met.\nMarkdown Content:\nText.'],
    ['an empty title', 'Title:\nMarkdown Content:\nText.'],
    ['a headline first', '# Tram\n\nTitle: Tram\nMarkdown Content:\nText.'],
  ])('should find no preamble with %s', (_what, copy) => {
    expect(readReaderPreamble(lines(copy))).toBeUndefined();
  });
});
