/**
 * A bad picture in an article's body stops a real build, and the output names the article and
 * the image, whatever the problem.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, type BuildResult, projectRoot } from '../support/build';
import { outputRoot } from '../support/sites';

const work = join(outputRoot, 'images-errors');
const content = join(work, 'content');
const folder = join(content, 'articles', 'bad-pictures');
let result: BuildResult;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'notes.jpg'), 'not a picture');
  await writeFile(join(work, 'outside.jpg'), 'not in content/');
  await writeFile(
    join(folder, 'index.md'),
    [
      '---',
      'title: Bad pictures',
      'source: https://example.com/a',
      'published: 2025-07-01',
      '---',
      '',
      '![A missing photo](./missing.jpg)',
      '',
      '![](./notes.jpg)',
      '',
      'Text ![Outside](../../../outside.jpg) text.',
      '',
    ].join('\n'),
  );
  result = await buildSite({
    content: relative(projectRoot, content),
    outDir: join(work, 'dist'),
    env: { BROADSHEET_CACHE: join(work, 'cache') },
  });
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('should fail the build', () => {
  expect(result.code).not.toBe(0);
});

test.each([
  ['a missing file', 'body image "./missing.jpg" file not found'],
  ['a file that is not an image', 'body image "./notes.jpg" is not an image'],
  ['a path that leaves content/', 'body image "../../../outside.jpg" points outside content/'],
])('should name the article and the image for %s', (_name, problem) => {
  const article = relative(projectRoot, join(folder, 'index.md'));
  expect(result.output).toContain(`${article}: ${problem}`);
});
