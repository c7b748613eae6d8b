/**
 * Rebuilds reuse what did not change (pages from Astro's incremental cache, search shards,
 * rendered bodies) and redo everything an edit touches: the article, its neighbours' links, the
 * lists that show it and its search shard. After an edit, an added article and a removed one,
 * `dist/` is file for file what a cold build of the same content writes.
 */
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';
import { addLateArticle } from '../support/late-article';
import { outputRoot } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const work = join(outputRoot, 'rebuild');
const content = join(work, 'content');
const dist = join(work, 'dist');
// Small search shards and list pages, so that a change reaches several of each.
const env = {
  BROADSHEET_CACHE: join(work, 'cache'),
  BROADSHEET_SEARCH_SHARD_SIZE: '8',
  BROADSHEET_PAGE_SIZE: '8',
};
const EDITED = 'brief-05';
const FAR = 'brief-20';
const REMOVED = 'brief-41';
const ADDED = 'brief-99';

async function build(): Promise<string> {
  const result = await buildSite({ content: relative(projectRoot, content), outDir: dist, env });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
  return result.output;
}

const page = (slug: string) => readFile(join(dist, 'articles', slug, 'index.html'), 'utf8');

/** When a page's file was last written: a page the build skipped keeps its file. */
const written = async (slug: string) => (await stat(join(dist, 'articles', slug, 'index.html'))).mtimeMs;

/** The number of articles the build says it (re-)indexed for search. */
const indexed = (log: string) => Number(/(\d+) indexed in this build/.exec(log)?.[1]);

/** The files of `dir`, relative and sorted. */
async function files(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Builds the content as it is now from nothing (no cache, no output) and lists where `dist/`
 * differs from it: files only one of them has, and files whose bytes differ.
 */
async function differencesFromCold(step: string): Promise<string[]> {
  const cold = join(work, `cold-${step}`);
  const result = await buildSite({
    content: relative(projectRoot, content),
    outDir: cold,
    env: { ...env, BROADSHEET_CACHE: join(work, `cold-cache-${step}`) },
  });
  if (result.code !== 0) throw new Error(`cold build failed:\n${result.output.slice(-4000)}`);
  const [mine, theirs] = await Promise.all([files(dist), files(cold)]);
  const differences = [
    ...mine.filter((file) => !theirs.includes(file)).map((file) => `only in the rebuild: ${file}`),
    ...theirs.filter((file) => !mine.includes(file)).map((file) => `only in the cold build: ${file}`),
  ];
  for (const file of mine.filter((name) => theirs.includes(name))) {
    const [a, b] = await Promise.all([readFile(join(dist, file)), readFile(join(cold, file))]);
    if (!a.equals(b)) differences.push(`differs: ${file}`);
  }
  await rm(cold, { recursive: true, force: true });
  return differences;
}

const differences: Record<string, string[]> = {};

let first: { far: string; farWritten: number; edited: string; log: string };
let warmLog: string;
let editedLog: string;
let editedPages: string[];

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await cp(join(projectRoot, 'tests/fixtures/sites/reader/articles'), join(content, 'articles'), {
    recursive: true,
  });
  const log = await build();
  first = { far: await page(FAR), farWritten: await written(FAR), edited: await page(EDITED), log };
  warmLog = await build();
  const file = join(content, 'articles', `${EDITED}.md`);
  const source = await readFile(file, 'utf8');
  await writeFile(
    file,
    `${source.replace('Harbour Notice No. 5: Week of January 30', 'Harbour Notice No. 5: Rescheduled')}\nA zanzibarite shipment arrived.\n`,
  );
  editedLog = await build();
  editedPages = await readdir(join(dist, 'articles'));
  differences['edit'] = await differencesFromCold('edit');
  await addLateArticle(content, ADDED);
  await build();
  differences['add'] = await differencesFromCold('add');
  await rm(join(content, 'articles', `${REMOVED}.md`));
  await build();
  differences['delete'] = await differencesFromCold('delete');
  // Five builds, and a cold one after each of three.
}, 8 * TIMEOUTS.build);

describe('a rebuild after an edit, an added article and a removed one', () => {
  test.each(['edit', 'add', 'delete'])('should write what a cold build writes, after the %s', (step) => {
    expect(differences[step]).toEqual([]);
  });
});

describe('a rebuild with nothing changed', () => {
  test('should index nothing again and keep every page as it was', async () => {
    expect(indexed(first.log)).toBe(52);
    expect(indexed(warmLog)).toBe(0);
    expect(warmLog).toMatch(/\(cached\)|\(restored\)/);
  });
});

describe('a rebuild after one article changed', () => {
  test('should show the change on the article page', async () => {
    const html = await page(EDITED);
    expect(html).toContain('Harbour Notice No. 5: Rescheduled');
    expect(html).toContain('zanzibarite');
  });

  test('should update the links of its neighbours and the lists that show it', async () => {
    const withNewTitle = [];
    for (const slug of await readdir(join(dist, 'articles'))) {
      if (slug !== EDITED && (await page(slug)).includes('Harbour Notice No. 5: Rescheduled'))
        withNewTitle.push(slug);
    }
    // The next newer and next older article link to it by its headline.
    expect(withNewTitle.length).toBe(2);
    const lists = (await readdir(dist, { recursive: true })).filter((name) =>
      /^(\d+\/)?index\.html$/.test(name),
    );
    const shown = [];
    for (const name of lists)
      if ((await readFile(join(dist, name), 'utf8')).includes('No. 5: Rescheduled')) shown.push(name);
    expect(shown.length).toBe(1);
  });

  test('should leave pages it does not touch as they were', async () => {
    expect(await page(FAR)).toBe(first.far);
    // Not rendered again to the same bytes: not written at all.
    expect(await written(FAR)).toBe(first.farWritten);
    expect(first.edited).not.toBe(await page(EDITED));
  });

  test('should index only the search shard of the changed article', () => {
    expect(indexed(editedLog)).toBeGreaterThan(0);
    expect(indexed(editedLog)).toBeLessThan(52);
  });
});

describe('a rebuild after an article was removed', () => {
  test('should delete its page and every mention of it, and keep the rest', async () => {
    expect(editedPages).toContain(REMOVED);
    const pages = await readdir(join(dist, 'articles'));
    expect(pages).not.toContain(REMOVED);
    // One added since, one removed.
    expect(pages.length).toBe(editedPages.length);
    expect(pages).toContain(ADDED);
    const title = /^title: "?(.*?)"?$/m.exec(
      await readFile(join(projectRoot, 'tests/fixtures/sites/reader/articles', `${REMOVED}.md`), 'utf8'),
    )?.[1];
    expect(title).toBeTruthy();
    for (const file of (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.html'))) {
      expect(await readFile(join(dist, file), 'utf8'), file).not.toContain(`${REMOVED}/`);
    }
  });
});
