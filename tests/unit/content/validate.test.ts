import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { validateArticles } from '../../../src/loaders/validate';

let root: string;
let content: string;
let articles: string;

const valid = (extra = '') =>
  `---\ntitle: A headline\nsource: https://example.com/a\npublished: 2025-07-01\n${extra}---\n\nBody.\n`;

async function write(path: string, text: string | Buffer) {
  await mkdir(join(articles, path, '..'), { recursive: true });
  await writeFile(join(articles, path), text);
}

async function validate(onParsed?: Parameters<typeof validateArticles>[3]) {
  return validateArticles(articles, content, (entry) => relative(root, join(articles, entry)), onParsed);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-'));
  content = join(root, 'content');
  articles = join(content, 'articles');
  await mkdir(articles, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('validateArticles', () => {
  test('lists articles as <slug>.md and <slug>/index.md, skipping drafts', async () => {
    await write('one.md', valid());
    await write('two/index.md', valid());
    await write('_draft.md', 'not even frontmatter');
    await write('_draft-folder/index.md', 'not even frontmatter');
    await write('notes.txt', 'ignored');
    const parsed: string[] = [];
    const { files, problems } = await validate((file, _path, article) =>
      parsed.push(`${file.slug}: ${String(article.source.data['title'])}`),
    );
    expect(problems).toEqual([]);
    expect(files.map((f) => f.slug)).toEqual(['one', 'two']);
    // What was parsed is handed to the loader, which then need not parse it again.
    expect(parsed.sort()).toEqual(['one: A headline', 'two: A headline']);
  });

  test('refuses two files with the same slug, naming both', async () => {
    await write('same.md', valid());
    await write('same/index.md', valid());
    const { problems } = await validate();
    expect(problems).toEqual([
      'duplicate slug "same": content/articles/same.md and content/articles/same/index.md would publish the same page',
    ]);
  });

  test('refuses file names that are not slugs', async () => {
    await write('Hello World.md', valid());
    const { problems } = await validate();
    expect(problems).toEqual([
      'content/articles/Hello World.md: the name "Hello World" is not a valid slug: use lowercase ASCII letters, digits and hyphens',
    ]);
  });

  test('shows a file name that breaks a line escaped, so it cannot forge a problem line', async () => {
    await write('a\nb.md: title: is required\u202e.md', valid());
    const { problems } = await validate();
    expect(problems).toEqual([
      'content/articles/a\\u{A}b.md: title: is required\\u{202E}.md: the name "a\\u{A}b.md: title: is required\\u{202E}" is not a valid slug: use lowercase ASCII letters, digits and hyphens',
    ]);
  });

  test('reports schema problems of every file, by file and field', async () => {
    await write('a.md', valid('colour: red\n'));
    await write('b.md', '---\ntitle: B\nsource: https://example.com/b\n---\nBody');
    const { problems } = await validate();
    expect(problems).toEqual([
      'content/articles/a.md: colour: unknown field (line 5): a typo? see docs/content-format.md',
      'content/articles/b.md: published: is required',
    ]);
  });

  test('reports invalid YAML and missing frontmatter by file', async () => {
    await write('a.md', '---\ntitle: [unclosed\n---\nBody');
    await write('b.md', 'Just a body');
    await write('c.md', '---\ntitle: A\ntitle: B\n---\nBody');
    await write('d.md', '---\ntitle: !!js/function x\ntitle: B\n---\nBody');
    const { problems } = await validate();
    expect(problems).toEqual([
      'content/articles/a.md: title: a [ or { that opens a value is never closed: close it, or put the value in quotes (line 2, column 8)',
      'content/articles/b.md: no frontmatter: line 1 is text, not a --- line (the file must start with a --- line, its fields, and a --- line)',
      'content/articles/c.md: title: the field is given more than once (first on line 2): keep one (line 3, column 1)',
      // Every problem of a file, each counted.
      'content/articles/d.md: title: the field is given more than once (first on line 2): keep one (line 3, column 1)',
      'content/articles/d.md: title: a YAML tag (such as !!js/function) the content format does not allow: remove it (line 2, column 8)',
    ]);
  });

  test('places schema problems on the line of their field', async () => {
    await write('a.md', valid('image:\n  scr: ./a.jpg\n  credit: KCNA\ntags:\n  - A\n  - 7\n'));
    const { problems } = await validate();
    expect(problems).toEqual([
      'content/articles/a.md: image.scr: unknown field (line 6): did you mean src?',
      'content/articles/a.md: tags.1: Invalid input: expected string, received number (line 10)',
    ]);
  });

  describe('image.src', () => {
    const withImage = (src: string) => valid(`image:\n  src: ${JSON.stringify(src)}\n  alt: A photo\n`);

    test('accepts an image next to the article', async () => {
      await write('story/index.md', withImage('./photo.png'));
      await write(
        'story/photo.png',
        await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })
          .png()
          .toBuffer(),
      );
      expect((await validate()).problems).toEqual([]);
    });

    test.each([
      ['./missing.jpg', 'content/articles/story/index.md: image.src file not found: content/articles/story/missing.jpg'],
      ['../../../etc/passwd', 'content/articles/story/index.md: image.src points outside content/'],
      [
        'https://example.com/a.jpg',
        'content/articles/story/index.md: image.src must be a path relative to the article; remote images are not fetched',
      ],
      ['/etc/hosts', 'content/articles/story/index.md: image.src must be a path relative to the article; remote images are not fetched'],
    ])('refuses %s', async (src, message) => {
      await write('story/index.md', withImage(src));
      expect((await validate()).problems).toEqual([message]);
    });

    test('refuses a file that is not an image, without quoting it', async () => {
      await write('story/index.md', withImage('./secret.jpg'));
      await write('story/secret.jpg', 'SECRET-TOKEN-123 this is text');
      const { problems } = await validate();
      expect(problems).toEqual([
        'content/articles/story/index.md: image.src is not an image (JPEG, PNG, GIF, WebP, AVIF or TIFF)',
      ]);
      expect(problems.join()).not.toContain('SECRET');
    });

    test('refuses an article file that is a symlink out of content/, without reading it', async () => {
      await writeFile(join(root, 'outside.md'), '---\ntitle: SECRET-TOKEN-123\n---\nSECRET-TOKEN-123\n');
      await symlink(join(root, 'outside.md'), join(articles, 'linked.md'));
      await mkdir(join(articles, 'folder'));
      await symlink(join(root, 'outside.md'), join(articles, 'folder/index.md'));
      const { problems } = await validate();
      expect(problems).toEqual([
        'content/articles/folder/index.md: resolves (through a symlink) outside content/',
        'content/articles/linked.md: resolves (through a symlink) outside content/',
      ]);
      expect(problems.join()).not.toContain('SECRET');
    });

    test('refuses a symlink that leaves content/', async () => {
      await writeFile(join(root, 'outside.png'), await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } }).png().toBuffer());
      await write('story/index.md', withImage('./link.png'));
      await symlink(join(root, 'outside.png'), join(articles, 'story/link.png'));
      expect((await validate()).problems).toEqual([
        'content/articles/story/index.md: image.src resolves (through a symlink) outside content/',
      ]);
    });
  });
});
