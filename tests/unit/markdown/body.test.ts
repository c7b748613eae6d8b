/**
 * Bodies without images take a leaner chain than Astro's processor (src/markdown/body.ts): it
 * must give the same HTML, as a browser reads it, for every article we have, hostile ones
 * included, and a generated archive like the benchmark's. (Astro's closing rehype-raw writes
 * `data-footnotes=""` where the lean chain writes `data-footnotes`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleMarkdown } from '../../../scripts/bench/archive';
import { parseArticleSource } from '../../../src/loaders/frontmatter';
import { renderBody } from '../../../src/markdown/body';
import { markdownOptions } from '../../../src/markdown/pipeline';
import { vectors } from './hostile-vectors';
import { asRead } from './render';

const root = join(import.meta.dirname, '../../..');

function articleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('_')))
    .map((name) => join(dir, name));
}

/** An article with pictures next to it: its body goes through Astro's processor anyway. */
const hasPictures = (path: string) =>
  path.endsWith('index.md') && readdirSync(dirname(path)).some((name) => name !== 'index.md');

const files = [
  ...articleFiles(join(root, 'samples/articles')),
  // Fixture sites' pictures resolve only in their own builds (outside content/).
  ...readdirSync(join(root, 'tests/fixtures/sites')).flatMap((site) =>
    articleFiles(join(root, 'tests/fixtures/sites', site, 'articles')).filter((path) => !hasPictures(path)),
  ),
];
const sources = [
  ...files.map((path) => ({ path, contents: readFileSync(path, 'utf8') })),
  ...vectors.map(([, markdown], i) => ({
    path: join(root, `content/articles/hostile-${i}.md`),
    contents: `---\ntitle: x\n---\n${markdown}`,
  })),
  ...Array.from({ length: 60 }, (_, i) => ({
    path: join(root, `content/articles/generated-${i}.md`),
    contents: articleMarkdown(i, 7),
  })),
];

describe('renderBody', () => {
  let astro: Awaited<ReturnType<typeof createMarkdownProcessor>>;
  beforeAll(async () => {
    astro = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  });

  test('should have articles of every kind to compare', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  // One test per article: each is small, and one slow render on a busy machine fails nothing else.
  test.each(sources.map((source) => [relative(root, source.path), source] as const))(
    'should render %s exactly as Astro’s own processor does',
    async (_name, { path, contents }) => {
      const { data, body } = parseArticleSource(contents, path);
      const expected = await astro.render(body, { frontmatter: data, fileURL: pathToFileURL(path) });
      const actual = await renderBody({
        body,
        frontmatter: data,
        filePath: path,
        image: {},
      });
      expect(asRead(actual.html ?? ''), path).toBe(asRead(expected.code));
      expect(actual.localImagePaths).toEqual(expected.metadata.localImagePaths);
      expect(actual.headings).toEqual(expected.metadata.headings);
    },
  );

  test('should write a body without images to its file and return only its metadata', async () => {
    const { mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync(join(import.meta.dirname, '../../.output-body-'));
    const bodyFile = join(dir, 'x.html');
    const result = await renderBody({
      body: 'First paragraph, long enough to count as the summary of this article.\n\nSecond.',
      frontmatter: {},
      filePath: join(root, 'content/articles/x.md'),
      image: {},
      bodyFile,
    });
    expect(result.html).toBeUndefined();
    expect(result.bodyFile).toBe(bodyFile);
    expect(readFileSync(bodyFile, 'utf8')).toContain('<p>Second.</p>');
    expect(result.firstParagraph).toBe(
      'First paragraph, long enough to count as the summary of this article.',
    );
    // Counted once here, for the reading time.
    expect(result.size).toEqual({ words: 13, characters: 0 });
    const { rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
  });

  const render = (body: string) =>
    renderBody({ body, frontmatter: {}, filePath: join(root, 'content/articles/x.md'), image: {} });

  test.each([
    ['an empty body', ''],
    ['blank lines and spaces', '\n\n   \n\t\n'],
    ['only a script', '<script>var s = "SCRIPT-TEXT";</script>'],
    ['only a style', '<style>p { color: red } STYLE-TEXT</style>'],
    ['text only inside an svg', '<svg><text>SVG-TEXT</text></svg>'],
    ['only a comment', '<!-- COMMENT-TEXT -->'],
    ['zero-width characters and a rule', '\u200b\u200d\u2060\n\n---\n\n&#8203;'],
    ['an empty link and an empty heading', '[](https://example.com/)\n\n#\n'],
  ])('should mark %s as showing nothing', async (_name, body) => {
    expect((await render(body)).empty).toBe(true);
  });

  test.each([
    ['a sentence', 'A sentence.'],
    ['a dash', '—'],
    ['an emoji', '🚆'],
    ['Han characters', '交通'],
    ['text after an unclosed comment', '<!--\n\nThe story goes on.'],
    ['text after an unclosed CDATA', '<![CDATA[ The story goes on.'],
    ['a picture with its alt text', '![A chart of the vote](https://example.com/chart.png)'],
    ['an inline picture without alt text', '<img src="./chart.png" alt="">'],
  ])('should count %s as something to read', async (_name, body) => {
    expect((await render(body)).empty).toBeUndefined();
  });
});
