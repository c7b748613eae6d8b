import { describe, expect, test } from 'vitest';
import { readAuthorLinks, readProfileLink } from '../../../src/importer/author-link';
import { isRoleLine } from '../../../src/importer/byline';

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

describe('readProfileLink', () => {
  test.each([
    ['[Jane Doe](https://news.example.com/jane-doe/)[@janedoe](https://social.example/janedoe)', 'Jane Doe'],
    ['[Jane Q. Doe](https://news.example.com/sites/janedoe/) Senior Contributor', 'Jane Q. Doe'],
    ['[Jane Doe](https://news.example.com/people/jane-doe) [Twitter](https://social.example/jd)', 'Jane Doe'],
  ])('%j → %j', (line, byline) => {
    expect(readProfileLink(line, isRoleLine)?.byline).toBe(byline);
  });

  test.each([
    // A topic page in a story: nothing marks it as a person's.
    ['[Jane Doe](https://news.example.com/topics/jane-doe)'],
    ['[Jane Doe](https://news.example.com/topics/jane-doe) said on Monday that the council would vote.'],
    // The page is someone else's.
    ['[Jane Doe](https://news.example.com/john-roe/)[@janedoe](https://social.example/janedoe)'],
    ['[Sport](https://news.example.com/sport/) Senior Editor'],
  ])('should not read %j', (line) => {
    expect(readProfileLink(line, isRoleLine)).toBeUndefined();
  });
});
