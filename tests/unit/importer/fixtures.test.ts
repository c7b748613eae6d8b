/**
 * Fixture folders under tests/fixtures/import/: each holds an input (`raw.md` or `page.html`) and
 * what the importer must make of it: `expected.md` (the content file, byte for byte), and
 * `warnings.txt` or `error.txt` when it reports something. Run with UPDATE_IMPORT_FIXTURES=1 to
 * rewrite the expectations, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { imageBesideInput } from '../../../src/importer/beside-copy';
import { importInput } from '../../../src/importer/import-input';
import { projectRoot } from '../../support/build';

const root = join(projectRoot, 'tests/fixtures/import');
const update = process.env['UPDATE_IMPORT_FIXTURES'] === '1';

const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function expectFile(path: string, actual: string | undefined) {
  if (update) {
    if (actual === undefined) return;
    writeFileSync(path, actual);
  }
  if (actual === undefined) {
    expect(existsSync(path), `${path} should not exist`).toBe(false);
  } else {
    expect(actual).toBe(readFileSync(path, 'utf8'));
  }
}

function inputOf(folder: string): string {
  const name = ['raw.md', 'page.html'].find((file) => existsSync(join(folder, file)));
  if (name === undefined) throw new Error(`${folder} has no raw.md or page.html`);
  return join(folder, name);
}

describe('importing each fixture', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  test.each(cases)('%s', (name) => {
    const folder = join(root, name);
    const input = inputOf(folder);
    const shown = `${name}/${input.slice(folder.length + 1)}`;
    let text: string | undefined;
    let warnings: string | undefined;
    let error: string | undefined;
    try {
      const article = importInput(readFileSync(input, 'utf8'), shown, {
        findLocalFile: (src) => {
          const file = join(dirname(input), src);
          return existsSync(file) ? file : undefined;
        },
        findImage: (src) => imageBesideInput(input, src, (path) => relative(folder, path)),
      });
      text = article.text;
      warnings = article.warnings.length > 0 ? `${article.warnings.join('\n')}\n` : undefined;
      const slugFile = join(folder, 'slug.txt');
      expectFile(slugFile, `${article.slug}\n`);
      if (article.imageFile) expect(article.imageFile.name).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
    } catch (e) {
      error = `${(e as Error).message}\n`;
    }
    expectFile(join(folder, 'expected.md'), text);
    expectFile(join(folder, 'warnings.txt'), warnings);
    expectFile(join(folder, 'error.txt'), error);
  });
});
