import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { hasArticles, resolveContentRoot } from '../../../src/content-root';
import { projectRoot } from '../../support/build';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder whose `content/articles/` holds `files` (paths relative to it). */
function project(files: string[]): string {
  root = mkdtempSync(join(tmpdir(), 'content-root-'));
  for (const file of files) {
    const path = join(root, 'content/articles', file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
  }
  return root;
}

describe('resolveContentRoot', () => {
  test.each([
    ['no content/articles/ at all', [], 'samples'],
    ['an empty content/articles/', ['.gitkeep'], 'samples'],
    ['a folder of pictures only', ['photos/a.jpg'], 'samples'],
    ['an article file', ['.gitkeep', 'my-first-copy.md'], 'content'],
    ['an article folder', ['my-first-copy/index.md', 'my-first-copy/photo.jpg'], 'content'],
    ['a draft only', ['_not-yet.md'], 'content'],
  ])('should build from %s: %s', (_case, files, expected) => {
    expect(resolveContentRoot({}, project(files))).toBe(expected);
  });

  test('should build the folder BROADSHEET_CONTENT names, whatever content/ holds', () => {
    expect(resolveContentRoot({ BROADSHEET_CONTENT: 'tests/fixtures/sites/reader' }, project(['a.md']))).toBe(
      'tests/fixtures/sites/reader',
    );
  });
});

test('should ship sample articles for a fresh clone to show, outside content/', () => {
  root = mkdtempSync(join(tmpdir(), 'content-root-'));
  expect(hasArticles(join(projectRoot, 'samples'))).toBe(true);
});
