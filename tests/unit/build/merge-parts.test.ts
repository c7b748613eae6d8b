import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mergeParts, PART_FILE } from '../../../src/build/merge-parts';

let root: string;

async function part(name: string, info: { part: number; count: number }, files: Record<string, string>) {
  const dir = join(root, name);
  for (const [path, text] of Object.entries({ ...files, [PART_FILE]: JSON.stringify(info) })) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const shards = (...paths: string[]) =>
  JSON.stringify({ shards: paths.map((path) => ({ path, languages: { en: 1 } })) });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-merge-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('mergeParts', () => {
  test('should join the pages of every part, the files they share, and their search shards', async () => {
    const one = await part(
      'one',
      { part: 1, count: 2 },
      {
        'index.html': 'home',
        '_astro/site.css': 'css',
        'pagefind/shards.json': shards('2/'),
        'pagefind/2/pagefind-entry.json': '{}',
      },
    );
    const two = await part(
      'two',
      { part: 2, count: 2 },
      {
        'articles/a/index.html': 'a',
        '_astro/site.css': 'css',
        'pagefind/shards.json': shards('1/'),
        'pagefind/1/pagefind-entry.json': '{}',
      },
    );
    const out = join(root, 'dist');
    await mkdir(out);
    await writeFile(join(out, 'stale.html'), 'from before');
    const report = await mergeParts([one, two], out);
    expect(report).toEqual({ files: 6, shared: 1, shards: 2 });
    const files = (await readdir(out, { recursive: true })).sort();
    expect(files).toEqual([
      '_astro',
      '_astro/site.css',
      'articles',
      'articles/a',
      'articles/a/index.html',
      'index.html',
      'pagefind',
      'pagefind/1',
      'pagefind/1/pagefind-entry.json',
      'pagefind/2',
      'pagefind/2/pagefind-entry.json',
      'pagefind/shards.json',
    ]);
    expect(await readFile(join(out, 'pagefind/shards.json'), 'utf8')).toBe(shards('1/', '2/'));
  });

  test('should refuse parts that are not of one build', async () => {
    const one = await part('one', { part: 1, count: 2 }, { '_astro/site.css': 'old' });
    const two = await part('two', { part: 2, count: 2 }, { '_astro/site.css': 'new' });
    await expect(mergeParts([one, two], join(root, 'dist'))).rejects.toThrow(
      `_astro/site.css differs between ${one} and ${two}: are they parts of one build?`,
    );
  });

  test('should refuse a missing, repeated or foreign part', async () => {
    const one = await part('one', { part: 1, count: 3 }, {});
    const two = await part('two', { part: 2, count: 3 }, {});
    const other = await part('other', { part: 2, count: 4 }, {});
    const plain = join(root, 'plain');
    await mkdir(plain);
    const out = join(root, 'dist');
    await expect(mergeParts([one, two], out)).rejects.toThrow('missing part(s) 3 of 3');
    await expect(mergeParts([one, two, two], out)).rejects.toThrow('part 2 of 3 is given twice');
    await expect(mergeParts([one, other], out)).rejects.toThrow(`${other} is part 2 of 4, not of 3`);
    await expect(mergeParts([one, plain], out)).rejects.toThrow(
      `${plain} is not the output of \`npm run build -- --shard I/N\``,
    );
  });
});
