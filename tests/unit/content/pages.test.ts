import { expect, test } from 'vitest';
import { pageNameProblems } from '../../../src/loaders/pages';
import { pageSchema } from '../../../src/schemas/page';

test('should accept slugs, and skip drafts and files that are not Markdown', () => {
  expect(pageNameProblems(['about.md', 'corrections.md', '_draft.md', 'team.jpg', '.DS_Store'], (n) => n)).toEqual(
    [],
  );
});

test('should refuse, by file, names that are not slugs or that the site uses itself', () => {
  expect(pageNameProblems(['About Us.md', 'tags.md', '2.md'], (name) => `content/pages/${name}`)).toEqual([
    'content/pages/About Us.md: file name: must be a slug (lowercase ASCII letters, digits and hyphens)',
    'content/pages/tags.md: file name: "tags" is an address the site uses itself; choose another',
    'content/pages/2.md: file name: "2" is an address the site uses itself; choose another',
  ]);
});

test('should default a page to the footer, and refuse an unknown place', () => {
  expect(pageSchema.parse({ title: 'About' })).toEqual({ title: 'About', menu: 'footer', order: 0 });
  expect(pageSchema.safeParse({ title: 'About', menu: 'sidebar' }).success).toBe(false);
  expect(pageSchema.safeParse({ title: 'About', colour: 'red' }).success).toBe(false);
});
