import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pageFrontmatterProblems, pageNameProblems } from '../../../src/loaders/pages';
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

test('should refuse, by file, field and line, frontmatter that is not valid YAML, quoting nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-pages-'));
  try {
    await writeFile(join(dir, 'about.md'), '---\ntitle: About: SECRET\n---\n\nAbout.\n');
    await writeFile(join(dir, 'team.md'), '---\ntitle: Team\n---\n\nTeam.\n');
    await writeFile(join(dir, '_draft.md'), 'not even frontmatter');
    const names = ['about.md', 'team.md', '_draft.md'];
    expect(pageFrontmatterProblems(dir, names, (name) => `content/pages/${name}`)).toEqual([
      'content/pages/about.md: title: the value holds ": ", which YAML reads as another field: put the whole value in quotes, as in title: "…" (line 2, column 8)',
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('should read a page title as article titles are read: no control character, something visible', () => {
  expect(pageSchema.parse({ title: 'Ab\u0000out\u001b' }).title).toBe('About');
  const invisible = pageSchema.safeParse({ title: '\u200b\u2060', label: 'Cafe\u0301' });
  expect(invisible.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
    ['title', 'has no visible character (only spaces, zero-width or control characters)'],
  ]);
  expect(pageSchema.parse({ title: 'About', label: 'Cafe\u0301' }).label).toBe('Caf\u00e9');
});
