import { expect, test } from 'vitest';
import { isDraftName, isSlug, slugFromEntry } from '../../../src/lib/slugs';

test.each(['a', 'kim-jong-un-a89626', '2025-review'])('%s is a slug', (name) => {
  expect(isSlug(name)).toBe(true);
});

test.each(['', 'Kim', 'a_b', 'a--b', '-a', 'a-', 'é', 'a b', 'a.b'])('%j is not a slug', (name) => {
  expect(isSlug(name)).toBe(false);
});

test.each([
  ['story.md', 'story'],
  ['story/index.md', 'story'],
  ['story/other.md', undefined],
  ['a/b/index.md', undefined],
  ['story.txt', undefined],
])('the slug of %s is %s', (entry, slug) => {
  expect(slugFromEntry(entry)).toBe(slug);
});

test('drafts start with an underscore', () => {
  expect(isDraftName('_draft.md')).toBe(true);
  expect(isDraftName('story.md')).toBe(false);
});
