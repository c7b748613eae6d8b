import { describe, expect, test } from 'vitest';
import { formatSchemaIssues } from '../../../src/loaders/schema-issues';
import { articleSchema } from '../../../src/schemas/article';

const minimal = {
  title: 'Kim Jong Un Honors North Korean Soldiers Killed Fighting for Russia',
  source: 'https://www.themoscowtimes.com/2025/07/01/kim-a89626',
  published: '2025-07-01',
};

function problems(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success
    ? []
    : formatSchemaIssues('content/articles/x.md', result.error.issues, { schema: articleSchema });
}

describe('valid articles', () => {
  test.each([
    ['the minimal article', minimal],
    [
      'every field',
      {
        ...minimal,
        dek: 'A standfirst.',
        byline: 'Jane Doe and John Roe',
        authors: ['Jane Doe', 'John Roe'],
        publisher: 'The Moscow Times',
        updated: '2025-07-02T08:00:00+03:00',
        archived: '2025-07-03T12:00:00Z',
        description: 'A summary.',
        image: { src: './photo.jpg', alt: 'Soldiers', caption: 'A *caption*', credit: 'KCNA' },
        tags: ['North Korea', 'Russia'],
        lang: 'en-GB',
        related: [{ title: 'Another', url: 'https://example.com/a' }],
      },
    ],
    ['a lost picture with only its credit', { ...minimal, image: { credit: 'KCNA' } }],
    ['a lost picture with only its caption', { ...minimal, image: { caption: 'Kim at the ceremony.' } }],
    ['a related article whose link was lost', { ...minimal, related: [{ title: 'North Korea Targets Tourists' }] }],
    ['a local date-time', { ...minimal, published: '2026-11-04T10:45:00' }],
    ['a right-to-left language', { ...minimal, lang: 'ar' }],
  ])('accepts %s', (_, data) => {
    expect(problems(data)).toEqual([]);
  });

  test('fills defaults and keeps dates as written', () => {
    const parsed = articleSchema.parse({ ...minimal, published: '2026-11-04T10:45:00' });
    expect(parsed).toMatchObject({ lang: 'en', tags: [], related: [], published: '2026-11-04T10:45:00' });
  });
});

describe('invalid articles name the file and the field', () => {
  test.each([
    ['no title', { source: minimal.source, published: minimal.published }, 'content/articles/x.md: title: is required'],
    ['an empty title', { ...minimal, title: '  ' }, 'content/articles/x.md: title: must not be empty'],
    [
      'no source',
      { title: minimal.title, published: minimal.published },
      'content/articles/x.md: source: is required',
    ],
    [
      'a javascript: source',
      { ...minimal, source: 'javascript:alert(1)' },
      'content/articles/x.md: source: must be an absolute http:// or https:// URL',
    ],
    [
      'a relative source',
      { ...minimal, source: '/articles/x/' },
      'content/articles/x.md: source: must be an absolute http:// or https:// URL',
    ],
    [
      'an impossible date',
      { ...minimal, published: '2025-02-30' },
      'content/articles/x.md: published: must be an ISO 8601 date (2025-07-01) or date-time (2025-07-01T10:45:00+03:00)',
    ],
    [
      'an English date',
      { ...minimal, updated: 'July 1, 2025' },
      'content/articles/x.md: updated: must be an ISO 8601 date (2025-07-01) or date-time (2025-07-01T10:45:00+03:00)',
    ],
    [
      'an unknown field',
      { ...minimal, colour: 'red' },
      'content/articles/x.md: colour: unknown field: a typo? see docs/content-format.md',
    ],
    [
      'a misspelt field',
      { ...minimal, titel: 'typo' },
      'content/articles/x.md: titel: unknown field: did you mean title?',
    ],
    [
      'a misspelt image field',
      { ...minimal, image: { scr: './a.jpg', alt: 'A', credit: 'KCNA' } },
      'content/articles/x.md: image.scr: unknown field: did you mean src?',
    ],
    [
      'an unknown image field',
      { ...minimal, image: { credit: 'KCNA', photographer: 'X' } },
      'content/articles/x.md: image.photographer: unknown field: a typo? see docs/content-format.md',
    ],
    [
      'an unknown field whose name holds a line break',
      { ...minimal, 'x\r\ncontent/articles/y.md: title: is required': 1 },
      'content/articles/x.md: "x\\u{D}\\u{A}content/articles/y.md: title: is requ…": unknown field: a typo? see docs/content-format.md',
    ],
    [
      'an image without alt',
      { ...minimal, image: { src: './a.jpg' } },
      'content/articles/x.md: image.alt: is required when image.src is set',
    ],
    [
      'an empty image',
      { ...minimal, image: {} },
      'content/articles/x.md: image: needs at least one of src, caption or credit',
    ],
    [
      'tags that are not a list',
      { ...minimal, tags: 'Russia' },
      'content/articles/x.md: tags: Invalid input: expected array, received string',
    ],
    ['an empty tag', { ...minimal, tags: ['Russia', ''] }, 'content/articles/x.md: tags.1: must not be empty'],
    [
      'a related article without title',
      { ...minimal, related: [{ url: 'https://example.com' }] },
      'content/articles/x.md: related.0.title: is required',
    ],
    [
      'a related link that is not http',
      { ...minimal, related: [{ title: 'A', url: 'javascript:alert(1)' }] },
      'content/articles/x.md: related.0.url: must be an absolute http:// or https:// URL',
    ],
    [
      'a bad language tag',
      { ...minimal, lang: 'en_US!' },
      'content/articles/x.md: lang: must be a BCP 47 language tag such as en, ar or pt-BR',
    ],
    ['an empty author', { ...minimal, authors: [''] }, 'content/articles/x.md: authors.0: must not be empty'],
    [
      'a title of zero-width characters',
      { ...minimal, title: '\u200b\u200d\ufeff\u2060' },
      'content/articles/x.md: title: has no visible character (only spaces, zero-width or control characters)',
    ],
    [
      'a title of control characters',
      { ...minimal, title: '\u0001\u0008\u001b\u007f' },
      'content/articles/x.md: title: must not be empty',
    ],
    [
      'a publisher of a lone combining accent and a braille blank',
      { ...minimal, publisher: '\u0301\u2800' },
      'content/articles/x.md: publisher: has no visible character (only spaces, zero-width or control characters)',
    ],
    [
      'a tag of a soft hyphen and a bidi mark',
      { ...minimal, tags: ['Russia', '\u00ad\u200f'] },
      'content/articles/x.md: tags.1: has no visible character (only spaces, zero-width or control characters)',
    ],
  ])('rejects %s', (_, data, message) => {
    expect(problems(data)).toEqual([message]);
  });
});

test('should percent-encode what a URL may never hold, so an href cannot carry markup', () => {
  const data = articleSchema.parse({
    ...minimal,
    source: 'https://example.com/news/2?q="><script>x</script>',
    related: [{ title: 'R', url: 'https://example.com/r?"><svg>' }],
  });
  expect(data.source).toBe('https://example.com/news/2?q=%22%3E%3Cscript%3Ex%3C/script%3E');
  expect(data.related[0]?.url).toBe('https://example.com/r?%22%3E%3Csvg%3E');
});

describe('displayed text is cleaned as it is parsed', () => {
  test('should drop control characters and turn line breaks into spaces', () => {
    const parsed = articleSchema.parse({
      ...minimal,
      title: 'Heat\u0001wave \u001b[31mwarning\u007f\nissued',
      image: { caption: 'A\u0000 caption', credit: 'KCNA\u0008' },
    });
    expect(parsed.title).toBe('Heatwave [31mwarning issued');
    expect(parsed.image).toEqual({ caption: 'A caption', credit: 'KCNA' });
  });

  test('should keep names in NFC, so NFD and NFC spellings are one name', () => {
    const nfd = 'Cafe\u0301 Times';
    const parsed = articleSchema.parse({ ...minimal, publisher: nfd, tags: [nfd, 'Caf\u00e9 Times'] });
    expect(parsed.publisher).toBe('Caf\u00e9 Times');
    expect(parsed.tags).toEqual(['Caf\u00e9 Times', 'Caf\u00e9 Times']);
  });

  test('should keep visible text in every script, joiners included', () => {
    for (const title of ['交通', 'افتتاح', 'Транспорт', '👩\u200d👩\u200d👧', 'क्षेत्र']) {
      expect(articleSchema.parse({ ...minimal, title }).title).toBe(title);
    }
  });
});
