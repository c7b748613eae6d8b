// MarkDownload's template: `# Title | Section | Site`, a `> ## Excerpt` quote and a rule above the article.
import { expect, test } from 'vitest';
import { parseRawCopy } from '../../../src/importer/raw-copy';
import { readToolExcerpt } from '../../../src/importer/tool-excerpt';

const P1 =
  'The council voted on Monday to keep the old library open for another five years, after a campaign by parents.';

const copy = [
  '---',
  'created: 2026-06-08T13:25:41 (UTC -04:00)',
  'tags: []',
  'source: https://www.harbourgazette.example/city/2026/jun/08/library-stays-open',
  'author: Jane Doe',
  '---',
  '',
  '# Library stays open for five more years | City | Harbour Gazette',
  '',
  '> ## Excerpt',
  '> Parents and teachers won a two-year campaign',
  '> to save the building.',
  '',
  '---',
  P1,
].join('\n');

test('readToolExcerpt should read the quote and take the rule under it', () => {
  expect(readToolExcerpt(copy.split('\n'), 8)).toEqual({
    text: 'Parents and teachers won a two-year campaign to save the building.',
    lines: [9, 10, 11, 13],
  });
  expect(readToolExcerpt(['', '> A quote from the mayor.'], 0)).toBeUndefined();
});

test('a MarkDownload copy should give the headline without the site, the excerpt as description, the story as body', () => {
  const draft = parseRawCopy(copy);
  expect(draft.title).toBe('Library stays open for five more years');
  expect(draft.description).toBe('Parents and teachers won a two-year campaign to save the building.');
  expect(draft.body).toBe(P1);
});
