import { expect, test } from 'vitest';
import { shownByline } from '../../../src/lib/shown-byline';

test.each([
  ['Reuters', 'Reuters', undefined],
  ['REUTERS', 'Reuters', undefined],
  ['Jane Doe, Reuters', 'Reuters', 'Jane Doe'],
  ['Jane Doe - Reuters', 'Reuters', 'Jane Doe'],
  ['Jane Doe (Reuters)', 'Reuters', 'Jane Doe'],
  ['Jane Doe and John Roe', 'The Coastal Herald', 'Jane Doe and John Roe'],
  ['AFP', 'The Moscow Times', 'AFP'],
  ['Jane Doe, AFP', 'The Moscow Times', 'Jane Doe, AFP'],
  [undefined, 'Reuters', undefined],
])('%j from %s is shown as %j', (byline, publisher, shown) => {
  expect(shownByline(byline, publisher)).toBe(shown);
});
