/** The shipped seed article is exactly what the importer makes of the raw copy it came from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importInput } from '../../../src/importer/import-input';
import { projectRoot } from '../../support/build';

const SLUG = 'kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626';

test('the seed article is byte-identical to the import of its raw copy', () => {
  const raw = readFileSync(join(projectRoot, 'tests/fixtures/seed/raw.md'), 'utf8');
  const shipped = readFileSync(join(projectRoot, 'samples/articles', `${SLUG}.md`), 'utf8');
  // The copy names its outlet nowhere but in its address: the sample was imported with `--publisher`.
  const article = importInput(raw, 'tests/fixtures/seed/raw.md', { publisher: 'The Moscow Times' });
  expect(article.slug).toBe(SLUG);
  expect(article.warnings).toEqual([]);
  expect(article.text).toBe(shipped);
});
