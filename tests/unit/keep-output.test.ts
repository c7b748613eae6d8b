import { existsSync, mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listEntries } from '../../src/integrations/files';
import { pageFile, removeEmptyFolders, removeFile, staleFiles } from '../../src/integrations/keep-output';

const dir = mkdtempSync(join(tmpdir(), 'keep-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, age: 'old' | 'new') {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), file);
  if (age === 'old') utimesSync(join(dir, file), new Date(2020, 0, 1), new Date(2020, 0, 1));
}

describe('staleFiles', () => {
  test('should name only old files that are not kept pages or managed folders', async () => {
    write('articles/kept/index.html', 'old');
    write('articles/removed/index.html', 'old');
    write('articles/rendered/index.html', 'new');
    write('_astro/old.css', 'old');
    write('_astro/new.css', 'new');
    write('pagefind/0/fragment/a.pf_fragment', 'old');
    const kept = new Set([pageFile('articles/kept/')]);
    expect((await staleFiles(dir, Date.now() - 60_000, kept)).sort()).toEqual([
      '_astro/old.css',
      'articles/removed/index.html',
    ]);
  });
});

describe('removeEmptyFolders', () => {
  test('should delete folders left empty, and folders holding only those, but not the root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'keep-output-empty-'));
    mkdirSync(join(root, 'articles/removed/deeper'), { recursive: true });
    mkdirSync(join(root, 'tags/gone'), { recursive: true });
    mkdirSync(join(root, 'tags/kept'), { recursive: true });
    writeFileSync(join(root, 'tags/kept/index.html'), '');
    await removeEmptyFolders(`${root}/`);
    expect(['articles', 'tags/gone', 'tags/kept/index.html'].map((p) => existsSync(join(root, p)))).toEqual([
      false,
      false,
      true,
    ]);
    rmSync(join(root, 'tags'), { recursive: true });
    await removeEmptyFolders(root);
    expect(existsSync(root)).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('removeEmptyFolders, from a listing made before files were deleted', () => {
  test('should delete the folders the deleted files leave empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'keep-output-listed-'));
    for (const file of ['articles/removed/index.html', 'articles/kept/index.html']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    const entries = await listEntries(root);
    rmSync(join(root, 'articles/removed/index.html'));
    await removeEmptyFolders(root, entries, new Set([join(root, 'articles/removed/index.html')]));
    expect(['articles/removed', 'articles/kept/index.html'].map((p) => existsSync(join(root, p)))).toEqual([
      false,
      true,
    ]);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('pageFile', () => {
  test.each([
    ['', 'index.html'],
    ['articles/x/', 'articles/x/index.html'],
    ['/tags/a/2', 'tags/a/2/index.html'],
    ['404.html', '404.html'],
  ])('should write the page %j to %j', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file);
  });
});

describe('removeFile', () => {
  test('should delete a file and the folders it leaves empty, up to the root, however the root is written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'keep-output-remove-'));
    for (const file of ['articles/gone/index.html', 'articles/kept/index.html']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    await removeFile(`${root}/`, 'articles/gone/index.html');
    expect(['articles/gone', 'articles/kept/index.html'].map((p) => existsSync(join(root, p)))).toEqual([
      false,
      true,
    ]);
    await removeFile(root, 'articles/kept/index.html');
    expect([existsSync(join(root, 'articles')), existsSync(root)]).toEqual([false, true]);
    rmSync(root, { recursive: true, force: true });
  });
});
