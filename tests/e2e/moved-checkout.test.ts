/**
 * A cache restored into a checkout at another path (CI runners do not promise one path) is still
 * the cache: the content store names body files within the cache folder, not by absolute path,
 * so the moved checkout renders only the body that changed, and the pages made again around it
 * read the others from the moved cache.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build';
import { outputRoot } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const work = join(outputRoot, 'moved-checkout');
const first = join(work, 'first');
const second = join(work, 'second');
const ARTICLES = ['brief-01.md', 'brief-02.md', 'brief-03.md'];
/** What a build needs of a checkout; node_modules is linked, as an installed one would be there. */
const CHECKOUT = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts'];

/** `npm run build` in the checkout at `dir`, its cache and output inside it; resolves with the log. */
function build(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', join(dir, 'dist')], {
      cwd: dir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        BROADSHEET_CONTENT: 'content',
        BROADSHEET_CACHE: join(dir, 'cache'),
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`build failed:\n${output}`)),
    );
  });
}

/** The count of the build's "bodies rendered" line. */
const rendered = (log: string) => Number(/✓ (\d+) bodies rendered/.exec(log)?.[1]);

let firstLog: string;
let movedLog: string;
let lostLog: string;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(join(first, 'content', 'articles'), { recursive: true });
  for (const name of CHECKOUT) await cp(join(projectRoot, name), join(first, name), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(first, 'node_modules'), 'dir');
  for (const name of ARTICLES) {
    await cp(
      join(projectRoot, 'tests/fixtures/sites/reader/articles', name),
      join(first, 'content/articles', name),
    );
  }
  firstLog = await build(first);
  // As actions/cache restores a cache into a runner's checkout at another path.
  await rename(first, second);
  // A new headline: the article's neighbours show it, so their pages are made again.
  const edited = join(second, 'content/articles', ARTICLES[0] ?? '');
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: .*$/m, 'title: "Moved along"'));
  movedLog = await build(second);
  // Body files lost from the cache (a partial restore): rendered again, not read.
  await rm(join(second, 'cache', 'broadsheet-bodies'), { recursive: true });
  const other = join(second, 'content/articles', ARTICLES[1] ?? '');
  await writeFile(other, (await readFile(other, 'utf8')).replace(/^title: .*$/m, 'title: "Lost and found"'));
  lostLog = await build(second);
}, 3 * TIMEOUTS.build);

// The copy of the checkout would otherwise stay among the project's files.
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a warm build in a checkout moved to another path', () => {
  test('should render only the changed body again', () => {
    expect(rendered(firstLog)).toBe(ARTICLES.length);
    expect(rendered(movedLog)).toBe(1);
  });

  test('should show every body, the unchanged ones read from the moved cache', async () => {
    const bodies = await readdir(join(second, 'cache', 'broadsheet-bodies'));
    expect(bodies.length).toBe(ARTICLES.length);
    for (const name of ARTICLES) {
      const slug = name.replace(/\.md$/, '');
      const source = await readFile(join(second, 'content/articles', name), 'utf8');
      // The last line of the Markdown body, as words, is on the page.
      const last =
        source
          .trim()
          .split('\n')
          .at(-1)
          ?.replace(/[*_`[\]]/g, '')
          .slice(0, 40) ?? '';
      expect(last.length).toBeGreaterThan(10);
      expect(await readFile(join(second, 'dist/articles', slug, 'index.html'), 'utf8')).toContain(last);
    }
  });
});

describe('a warm build whose body files were lost', () => {
  test('should render every body again and show it', async () => {
    expect(rendered(lostLog)).toBe(ARTICLES.length);
    for (const name of ARTICLES) {
      const html = await readFile(
        join(second, 'dist/articles', name.replace(/\.md$/, ''), 'index.html'),
        'utf8',
      );
      expect(html).toMatch(/<p>[^<]{20}/);
    }
  });
});
