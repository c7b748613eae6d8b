import { expect, test } from 'vitest';
import { publisherForUrl } from '../../../src/importer/publishers';

test.each([
  ['https://www.themoscowtimes.com/2025/07/01/x', 'The Moscow Times'],
  ['https://themoscowtimes.com/x', 'The Moscow Times'],
  ['https://www.bbc.co.uk/news/x', 'BBC'],
  ['https://edition.reuters.com/x', 'Reuters'],
  ['https://notreuters.com/x', undefined],
  ['https://news.example.com/x', undefined],
  ['not a url', undefined],
])('%s → %s', (url, publisher) => {
  expect(publisherForUrl(url)).toBe(publisher);
});
