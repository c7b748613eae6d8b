/**
 * Bad content stops a real build with a message naming the file and the field, and leaves what
 * was already built in place.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';
import { outputRoot, siteDir } from '../support/sites';

const work = join(outputRoot, 'content-errors');
const content = join(work, 'content');
const articles = join(content, 'articles');
const outDir = join(work, 'dist');

async function write(path: string, text: string) {
  await mkdir(join(articles, path, '..'), { recursive: true });
  await writeFile(join(articles, path), text);
}

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(articles, { recursive: true });
  // A site that was built before the bad content arrived.
  await cp(siteDir('main'), outDir, { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('invalid frontmatter, duplicate slugs and bad image paths fail the build, by file and field', async () => {
  await write(
    'bad-fields.md',
    '---\ntitle: A headline\nsource: ftp://example.com/a\npublished: 2025-02-30\ncolour: red\n---\n\nBody.\n',
  );
  await write(
    'twice.md',
    '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\n---\n\nBody.\n',
  );
  await write(
    'twice/index.md',
    '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\n---\n\nBody.\n',
  );
  await write(
    'escape.md',
    '---\ntitle: A\nsource: https://example.com/a\npublished: 2025-07-01\nimage:\n  src: ../../../../package.json\n  alt: x\n---\n\nBody.\n',
  );

  const result = await buildSite({
    content: relative(projectRoot, content),
    outDir,
    env: { BROADSHEET_CACHE: join(work, 'cache') },
  });

  const file = (name: string) => relative(projectRoot, join(articles, name));
  expect(result.code).not.toBe(0);
  expect(result.output).toContain(
    `${file('bad-fields.md')}: source: must be an absolute http:// or https:// URL`,
  );
  expect(result.output).toContain(`${file('bad-fields.md')}: published: must be an ISO 8601 date`);
  expect(result.output).toContain(`${file('bad-fields.md')}: colour: unknown field`);
  expect(result.output).toContain(
    `duplicate slug "twice": ${file('twice.md')} and ${file('twice/index.md')}`,
  );
  expect(result.output).toContain(`${file('escape.md')}: image.src points outside content/`);
  // The image path's target is never quoted.
  expect(result.output).not.toContain('"name": "broadsheet"');
  // What was built before is still there.
  await expect(readFile(join(outDir, 'index.html'), 'utf8')).resolves.toContain('Broadsheet');
});

test('a bad file among many, whose bodies render on worker threads, fails the build just as clearly', async () => {
  const many = join(work, 'many');
  const manyArticles = join(many, 'articles');
  await mkdir(manyArticles, { recursive: true });
  // More than the loader renders in its own thread: bodies start on workers while files are checked.
  for (let i = 0; i < 24; i++) {
    await writeFile(
      join(manyArticles, `story-${i}.md`),
      `---\ntitle: Story ${i}\nsource: https://example.com/${i}\npublished: 2025-07-01\n---\n\nBody of story ${i}.\n`,
    );
  }
  await writeFile(
    join(manyArticles, 'story-bad.md'),
    '---\ntitle: Bad\nsource: https://example.com/bad\npublished: yesterday\n---\n\nBody.\n',
  );

  const result = await buildSite({
    content: relative(projectRoot, many),
    outDir,
    env: { BROADSHEET_CACHE: join(work, 'many-cache') },
  });

  expect(result.code).not.toBe(0);
  expect(result.output).toContain(
    `${relative(projectRoot, join(manyArticles, 'story-bad.md'))}: published: must be an ISO 8601 date`,
  );
  await expect(readFile(join(outDir, 'index.html'), 'utf8')).resolves.toContain('Broadsheet');
});
