/**
 * Markdown that breaks the renderer must never give "exit 0 with an empty article": a real build
 * either publishes the article with its text, or fails with a message naming the file. Each case
 * is built on its own, from a throwaway content folder.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';
import { outputRoot } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const DEEP = 5000;
const work = join(outputRoot, 'build-failures');
// Content inside the repository, as the real site's is; removed afterwards.
const contentRoot = join(projectRoot, 'tests/.output', `tmp-build-failures-${process.pid}`);

afterAll(async () => {
  await rm(contentRoot, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

function article(body: string): string {
  return `---\ntitle: A hostile body\nsource: https://example.com/a\npublished: 2026-01-02\n---\n\nThe text before.\n\n${body}\n`;
}

interface Built {
  code: number | null;
  output: string;
  file: string;
  /** The text of the article body, if the page was written. */
  text: string | undefined;
}

async function build(slug: string, markdown: string): Promise<Built> {
  const content = join(contentRoot, slug);
  const outDir = join(work, slug, 'dist');
  await rm(content, { recursive: true, force: true });
  await mkdir(join(content, 'articles'), { recursive: true });
  const path = join(content, 'articles', `${slug}.md`);
  await writeFile(path, markdown);
  const result = await buildSite({
    content: relative(projectRoot, content),
    outDir,
    env: { BROADSHEET_CACHE: join(work, slug, 'cache') },
  });
  const html = await readFile(join(outDir, 'articles', slug, 'index.html'), 'utf8').catch(() => undefined);
  const body = html === undefined ? undefined : fromHtml(html).children;
  const text = body === undefined ? undefined : toString({ type: 'root', children: body });
  return { ...result, file: relative(projectRoot, path), text };
}

describe('a body the renderer chokes on', () => {
  test.each([
    ['percent-link', `A [link with a broken escape](https://example.com/%E0%A4%A) and deep text.`],
    ['percent-image', `![deep text](photo%E0%A4%A.jpg) and a reference ![alt][r].\n\n[r]: b%E0%A4%A.png`],
    ['percent-raw-image', `Raw <img src="photo%E0%A4%A.jpg" alt="deep text"> image.`],
    ['nested-divs', `${'<div>'.repeat(DEEP)}deep text${'</div>'.repeat(DEEP)}`],
    ['nested-spans', `Inline ${'<span>'.repeat(DEEP)}deep text${'</span>'.repeat(DEEP)}`],
    ['nested-blockquotes', `${'> '.repeat(DEEP)}deep text`],
    ['nested-lists', `${'- '.repeat(DEEP)}deep text`],
    ['nested-ordered-lists', `${'1. '.repeat(DEEP)}deep text`],
  ])(
    'should publish %s with its text, or fail naming the file',
    { timeout: TIMEOUTS.build },
    async (slug, body) => {
      const built = await build(slug, article(body));
      if (built.code === 0) {
        expect(built.text).toContain('The text before.');
        expect(built.text).toContain('deep text');
      } else {
        expect(built.output).toContain(built.file);
      }
    },
  );

  test(
    'should fail the build by name when the body cannot be rendered at all',
    { timeout: TIMEOUTS.build },
    async () => {
      const built = await build('missing-image', article('![A photo that is not there](missing.jpg)'));
      expect(built.code).not.toBe(0);
      expect(built.output).toContain(built.file);
    },
  );
});
