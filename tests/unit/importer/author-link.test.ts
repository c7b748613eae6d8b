import { describe, expect, test } from 'vitest';
import { readAuthorLinks } from '../../../src/importer/author-link';

describe('readAuthorLinks', () => {
  test.each([
    ['[Jane Doe](https://news.example.com/author/jane-doe/)', 'Jane Doe'],
    ['### [Jane Doe](https://news.example.com/authors/jane-doe-726)', 'Jane Doe'],
    [
      '[13/06/2014](https://news.example.com/7721/x/) [Jane Doe](https://news.example.com/author/jdoe/ "View all posts by Jane Doe")',
      'Jane Doe',
    ],
    ['[admin](https://blog.example.com/author/admin/ "Posts by admin") 27/09/2018', 'admin'],
    ['[Agency,](https://news.example.com/author/agency) Washington,', 'Agency'],
    ['[Jane Doe - Staff Writer](https://news.example.com/author/jane-doe)', 'Jane Doe'],
    [
      '[Jane Doe](https://a.example/autor/jane-doe) [John Roe](https://a.example/autor/john-roe)',
      'Jane Doe, John Roe',
    ],
  ])('%j → %j', (line, byline) => {
    expect(readAuthorLinks(line)?.byline).toBe(byline);
  });

  test.each([
    ['[View More Articles](https://news.example.com/author/jane-doe.html)'],
    ['[Jane Doe](https://news.example.com/sport/jane-doe)'],
    ['![Jane Doe](https://news.example.com/author/jane-doe.jpg)'],
    ['[Open Menu](https://news.example.com/#menu)'],
  ])('should not read %j', (line) => {
    expect(readAuthorLinks(line)).toBeUndefined();
  });
});
