/**
 * A very long article (a live blog of 5 MB, another of 1 MB) built with ordinary ones: the build
 * succeeds, every page has all its text, and no article is blamed for another. Built from a
 * throwaway content folder.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';
import { outputRoot } from '../support/sites';

const work = join(outputRoot, 'big-bodies');
const content = join(projectRoot, 'tests/.output', `tmp-big-bodies-${process.pid}`);

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

/** One entry of a live blog: a time, a paragraph with a link, a quote and a short list. */
const entry = (i: number) =>
  `### ${10 + (i % 12)}:${String(i % 60).padStart(2, '0')} GMT, update ${i}\n\n` +
  `The mayor told reporters that the **tram line** would open next spring. Read ` +
  `[the statement](https://example.com/statement/${i}) and *the council's reply*.\n\n` +
  `> "We are on schedule," she said.\n\n- Cost: ${i} million\n- Stops: ${i % 30}\n`;

/** A live blog of about `size` characters, and the number of its last entry. */
function liveBlog(size: number): { body: string; last: number } {
  const entries: string[] = [];
  let length = 0;
  while (length < size) {
    const text = entry(entries.length);
    entries.push(text);
    length += text.length + 1;
  }
  return { body: entries.join('\n'), last: entries.length - 1 };
}

const article = (title: string, body: string) =>
  `---\ntitle: ${title}\nsource: https://example.com/${encodeURIComponent(title)}\npublished: 2026-01-02\n---\n\n${body}\n`;

test(
  'a 5 MB and a 1 MB body build beside ordinary articles, with all their text',
  { timeout: 1_200_000 },
  async () => {
    const articles = join(content, 'articles');
    await mkdir(articles, { recursive: true });
    const big = { 'live-5mb': liveBlog(5 * 2 ** 20), 'live-1mb': liveBlog(2 ** 20) };
    for (const [slug, { body }] of Object.entries(big))
      await writeFile(join(articles, `${slug}.md`), article(slug, body));
    // More than the loader renders in its own thread: the others go to worker threads.
    for (let i = 0; i < 20; i++) {
      await writeFile(join(articles, `story-${i}.md`), article(`Story ${i}`, `Body of story ${i}, in full.`));
    }

    const result = await buildSite({
      content: relative(projectRoot, content),
      outDir: join(work, 'dist'),
      env: { BROADSHEET_CACHE: join(work, 'cache') },
    });

    expect(result.output).not.toMatch(/could not be rendered|memory/);
    expect(result.code).toBe(0);
    const page = (slug: string) => readFile(join(work, 'dist/articles', slug, 'index.html'), 'utf8');
    for (const [slug, { last }] of Object.entries(big)) {
      const html = await page(slug);
      expect(html).toContain('10:00 GMT, update 0</h3>');
      expect(html).toContain(`, update ${last}</h3>`);
      expect(html).toContain(`href="https://example.com/statement/${last}"`);
    }
    for (let i = 0; i < 20; i++)
      await expect(page(`story-${i}`)).resolves.toContain(`Body of story ${i}, in full.`);
  },
);
