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

  test('should read the block under a tool’s notes written as `#` lines', () => {
    const copy = [
      '# Source: https://a.example/2026/08/26/tram',
      '# Fetched: 2026-09-06 via a reader service (HTTP 200)',
      '',
      'Title: Tram Line Approved',
      '',
      'URL Source: https://a.example/2026/08/26/tram',
      '',
      'Markdown Content:',
      'The council approved the plan.',
    ].join('\n');
    expect(readReaderPreamble(lines(copy))).toEqual({
      title: 'Tram Line Approved',
      source: 'https://a.example/2026/08/26/tram',
      contentStart: 8,
    });
  });

  test('should not read a story’s `# Label: value` headline as a tool’s note', () => {
    const copy = ['# Update: Tram Line Approved', '', 'Title: a word', '', 'The council approved it.'];
    expect(readReaderPreamble(copy)).toBeUndefined();
  });

  test('should read the HTTP error a reader service warns of', () => {
    const copy = [
      'Title: a.example',
      '',
      'URL Source: https://a.example/tram',
      '',
      'Warning: Target URL returned error 403: Forbidden',
      '',
      'Markdown Content:',
      'Access denied.',
    ];
    expect(readReaderPreamble(copy)?.status).toBe('403');
  });

  test('should read an exporter’s block, closed by a blank line', () => {
    const copy = [
      'Title: Rail Strike Ends',
      'Author: Jane Doe',
      'Date: 2026-09-14',
      'URL: <https://a.example/rail>',
      'Keywords: Rail, Strikes',
      '',
      'Train drivers voted on Monday to accept a new pay offer.',
    ].join('\n');
    expect(readReaderPreamble(lines(copy))).toEqual({
      title: 'Rail Strike Ends',
      author: 'Jane Doe',
      published: '2026-09-14',
      source: 'https://a.example/rail',
      tags: 'Rail, Strikes',
      contentStart: 6,
    });
  });

  test('should read a web clipper’s YAML frontmatter', () => {
    const copy = [
      '---',
      'title: "Port Strike Halts Exports"',
      'source: "https://a.example/port"',
      'author:',
      '  - "[[Maria Garcia]]"',
      '  - "[[Tom Lee]]"',
      'published: 2026-10-02',
      'created: 2026-10-03T08:15:00+02:00',
      'tags: [clippings, ports]',
      'image: https://a.example/port.jpg',
      '---',
      'Dock workers walked out on Thursday.',
    ].join('\n');
    expect(readReaderPreamble(lines(copy))).toEqual({
      title: 'Port Strike Halts Exports',
      source: 'https://a.example/port',
      author: 'Maria Garcia and Tom Lee',
      published: '2026-10-02',
      archived: '2026-10-03T08:15:00+02:00',
      tags: 'clippings, ports',
      contentStart: 11,
    });
  });

  test('should read a crawler’s list of labelled values, its outline and its section heading', () => {
    const copy = [
      '# www.gazette.example',
      '',
      '## Metadata',
      '',
      '- **URL**: https://www.gazette.example/news/fares',
      '- **Scraped at**: 2026-03-02T08:15:00+00:00',
      '- **HTTP Status**: 200',
      '- **fetch_mode**: basic',
      '',
      '## Page Structure',
      '',
      '- # Fares frozen',
      '  - ## Related',
      '',
      '## Content',
      '',
      'Fares frozen | Gazette',
    ].join('\n');
    expect(readReaderPreamble(lines(copy))).toEqual({
      title: 'Fares frozen',
      h1: 'Fares frozen',
      source: 'https://www.gazette.example/news/fares',
      archived: '2026-03-02T08:15:00+00:00',
      status: '200',
      contentStart: 15,
    });
  });

  test('should read a reader service’s block under an HTML comment, and under a tool’s frontmatter', () => {
    const block = ['Title: Tram', '', 'URL Source: https://a.example/tram', '', 'Markdown Content:', 'Text.'];
    expect(readReaderPreamble(['<!-- saved by a tool -->', '', ...block])).toMatchObject({
      title: 'Tram',
      source: 'https://a.example/tram',
      contentStart: 7,
    });
    const tool = ['---', 'layout: post', 'saved: 2026-05-02', '---', '## Raw', '', ...block];
    expect(readReaderPreamble(tool)).toMatchObject({
      title: 'Tram',
      source: 'https://a.example/tram',
      archived: '2026-05-02',
      contentStart: 11,
    });
  });

  test.each([
    [
      'YAML that does not parse, by field and line',
      '---\ntitle: [unclosed SECRET\n---\nText.',
      'frontmatter: not valid YAML: title: a [ or { that opens a value is never closed: close it, or put the value in quotes (line 2, column 8)',
    ],
    [
      'an unknown YAML tag, by field and line',
      '---\ntitle: Tram\nsaved: !!js/function SECRET\n---\nText.',
      'frontmatter: not valid YAML: saved: a YAML tag (such as !!js/function) the content format does not allow: remove it (line 3, column 8)',
    ],
    [
      'a content file already',
      '---\ntitle: Tram\nsource: https://a.example/x\npublished: 2026-06-08\nimage:\n  credit: AFP\n---\nText.',
      'already a content file',
    ],
  ])('should refuse %s', (_what, copy, message) => {
    expect(() => readReaderPreamble(lines(copy))).toThrow(message);
  });

  test.each([
    [
      'a label it does not know, without Markdown Content',
      'Title: Tram\nMood: festive\nDate: 2026-06-08\n\nText.',
    ],
    ['a title alone', 'Title: Tram\n\nThe council approved the plan.'],
    ['no blank line before the story', 'Title: Tram\nDate: 2026-06-08\nThe council approved the plan.'],
    ['a field before the title', 'URL Source: https://a.example/tram\nTitle: Tram\nMarkdown Content:\nText.'],
    ['prose inside it', 'Title: Tram\nThe council met.\nMarkdown Content:\nText.'],
    ['an empty title', 'Title:\nMarkdown Content:\nText.'],
    ['a headline first', '# Tram\n\nTitle: Tram\nMarkdown Content:\nText.'],
  ])('should find no preamble with %s', (_what, copy) => {
    expect(readReaderPreamble(lines(copy))).toBeUndefined();
  });
});

test('should read a reader block under a research tool’s notes, in any script and apart by blank lines', () => {
  const lines = [
    '# Query: библиотека метро',
    '# Goal: сравнить источники',
    '',
    '### Источник: https://news.example.com/2026/06/08/library',
    'Title: Библиотека остаётся открытой',
    '',
    'URL Source: https://news.example.com/2026/06/08/library',
    '',
    'Published Time: 2026-06-08T11:00:00+03:00',
    '',
    'Markdown Content:',
    'Городской совет проголосовал в понедельник.',
  ];
  expect(readReaderPreamble(lines)).toMatchObject({
    title: 'Библиотека остаётся открытой',
    source: 'https://news.example.com/2026/06/08/library',
    contentStart: 11,
  });
});
