/**
 * Bad image input is refused before anything reads the file, with a message naming the field:
 * the lead image (`image.src`, `image.alt`) and images in the body.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { createMarkdownProcessor } from '@astrojs/markdown-remark';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkImageSrc } from '../../src/loaders/image-src';
import { declaredPng, disguisedJpeg } from '../support/hostile-images';
import { checkArticle } from '../../src/loaders/validate';
import { pictureProcessor } from './markdown/render';

let root: string;
let content: string;
let article: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-images-'));
  content = join(root, 'content');
  const folder = join(content, 'articles', 'a');
  article = join(folder, 'index.md');
  await mkdir(join(folder, 'folder.jpg'), { recursive: true });
  await sharp({ create: { width: 900, height: 600, channels: 3, background: '#557' } })
    .jpeg()
    .toFile(join(folder, 'photo.jpg'));
  await writeFile(join(folder, 'notes.jpg'), 'these are notes, not a picture');
  // JPEG's magic bytes, then a web page.
  await writeFile(join(folder, 'page.jpg'), disguisedJpeg('PAGE-TEXT'));
  await writeFile(join(folder, 'bomb.png'), declaredPng(30_000, 30_000));
  await writeFile(join(root, 'secret.jpg'), 'outside content/');
  await symlink(join(root, 'secret.jpg'), join(folder, 'link.jpg'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the lead image path (image.src)', () => {
  test.each([
    ['a readable image next to the article', './photo.jpg', undefined],
    ['a missing file', './missing.jpg', 'file not found: content/articles/a/missing.jpg'],
    ['a file that is not an image', './notes.jpg', 'is not an image (JPEG, PNG, GIF, WebP, AVIF or TIFF)'],
    ['a folder', './folder.jpg', 'is not a file'],
    [
      'a web page behind JPEG magic bytes',
      './page.jpg',
      'starts like a JPEG image but its header cannot be read (a damaged file, or another kind of file)',
    ],
    [
      'a PNG declaring 30000×30000 pixels',
      './bomb.png',
      'is 30000×30000 pixels, more than the 100-megapixel limit: make it smaller',
    ],
    ['a path that leaves content/', '../../../secret.jpg', 'points outside content/'],
    ['a symlink out of content/', './link.jpg', 'resolves (through a symlink) outside content/'],
    [
      'a remote URL',
      'https://example.com/a.jpg',
      'must be a path relative to the article; remote images are not fetched',
    ],
    ['an empty path', '  ', 'must be a path to an image file'],
  ])('%s', async (_name, src, problem) => {
    await expect(checkImageSrc(article, src, content)).resolves.toBe(problem);
  });

  test('should refuse src without alt, naming the article and the field', async () => {
    await writeFile(
      article,
      '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\nimage:\n  src: ./photo.jpg\n---\n\nBody.\n',
    );
    await expect(checkArticle(article, 'content/articles/a/index.md', content)).resolves.toEqual([
      'content/articles/a/index.md: image.alt: is required when image.src is set (line 5)',
    ]);
  });
});

describe('images in the body', () => {
  // Created on first use: the content folder exists only once beforeAll has run.
  let renderer: ReturnType<typeof createMarkdownProcessor> | undefined;
  const render = async (markdown: string) => {
    renderer ??= pictureProcessor(content);
    return (await renderer).render(markdown, { fileURL: pathToFileURL(article) });
  };

  test.each([
    [
      'a missing file',
      '![A photo](./missing.jpg)',
      'body image "./missing.jpg" file not found: content/articles/a/missing.jpg',
    ],
    ['a file that is not an image', '![Notes](./notes.jpg)', 'body image "./notes.jpg" is not an image'],
    [
      'a web page behind JPEG magic bytes',
      '![Page](./page.jpg)',
      'body image "./page.jpg" starts like a JPEG image but its header cannot be read',
    ],
    ['a decompression bomb', '![Bomb](./bomb.png)', 'body image "./bomb.png" is 30000×30000 pixels'],
    [
      'a path that leaves content/',
      '![Secret](../../../secret.jpg)',
      'body image "../../../secret.jpg" points outside content/',
    ],
    [
      'a symlink out of content/',
      '![Secret](./link.jpg)',
      'body image "./link.jpg" resolves (through a symlink) outside content/',
    ],
    ['an image without alt text', '![](./photo.jpg)', 'body image "./photo.jpg" has no alt text'],
  ])('should fail the build for %s, naming the article', async (_name, markdown, problem) => {
    const error = await render(markdown).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    console.log(error?.message);
    expect(error?.message).toContain(`content/articles/a/index.md: ${problem}`);
  });

  test('should report every bad image of an article at once, one line each', async () => {
    const error = await render('![](./photo.jpg)\n\nText ![Notes](./notes.jpg) text.').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    const lines = (error?.message ?? '').split('\n').filter((line) => line.includes('body image'));
    expect(lines).toHaveLength(2);
  });

  test('should leave remote images to rehype-offsite-media: a link, never fetched', async () => {
    const { code } = await render('![Map of the network](https://example.com/map.png)');
    expect(code).toBe(
      '<p><a href="https://example.com/map.png" class="offsite-image" rel="noopener noreferrer">Map of the network</a></p>',
    );
  });
});
