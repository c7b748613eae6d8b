/**
 * Joins the `dist/` folders of the parts of a split build (`npm run build -- --shard I/N`,
 * ../lib/build-parts.ts) into one site. Each page is written by one part; files every part
 * writes (stylesheets, scripts, pictures, what `public/` holds) must be the same bytes in each,
 * or the parts are not of one build and the merge stops, naming the file. The search index is
 * split by the same rule, so its shards come from their parts unchanged; the list of shards
 * (`pagefind/shards.json`) is joined, and the router that finds the shards a query needs
 * (../integrations/search-router.ts) is built from the words every part wrote down.
 *
 * Loaded by Node itself (scripts/merge.ts): imports carry their `.ts` extension.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { type RouterManifest, type ShardWords, writeRouter } from '../integrations/search-router.ts';

/** What a part writes about itself into its `dist/`; not copied into the merged site. */
export const PART_FILE = '.broadsheet-part.json';

/** The words of a part's search shards, for the router; not copied into the merged site. */
export const WORDS_FILE = '.broadsheet-part-words.json';

/** Writes the words of a part's search shards (`3/` → words by language) into its `dist/`. */
export async function writePartWords(dist: string, words: Record<string, ShardWords>): Promise<void> {
  await writeFile(join(dist, WORDS_FILE), JSON.stringify(words));
}

export interface PartInfo {
  /** Which part (from 1) of how many. */
  part: number;
  count: number;
}

interface ShardList {
  shards: Array<{ path: string; languages: Record<string, number> }>;
  router?: RouterManifest;
}

const SHARD_LIST = 'pagefind/shards.json';

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

async function readPart(dir: string): Promise<PartInfo> {
  try {
    return JSON.parse(await readFile(join(dir, PART_FILE), 'utf8')) as PartInfo;
  } catch {
    throw new Error(`${dir} is not the output of \`npm run build -- --shard I/N\` (it has no ${PART_FILE})`);
  }
}

/** Runs `jobs` with at most `limit` of them at once. */
async function inBatches(jobs: Array<() => Promise<void>>, limit = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]?.();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

export interface MergeReport {
  files: number;
  shared: number;
  shards: number;
}

/** Joins the part folders `parts` (every part of one split build) into `out`, emptied first. */
export async function mergeParts(parts: string[], out: string): Promise<MergeReport> {
  if (parts.length === 0)
    throw new Error('Give the dist/ folder of every part: npm run build:merge -- <part dist>…');
  const infos = await Promise.all(parts.map(readPart));
  const count = infos[0]?.count ?? 0;
  const seen = new Set<number>();
  for (const [i, info] of infos.entries()) {
    if (info.count !== count)
      throw new Error(`${parts[i]} is part ${info.part} of ${info.count}, not of ${count}`);
    if (seen.has(info.part)) throw new Error(`part ${info.part} of ${count} is given twice`);
    seen.add(info.part);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((part) => !seen.has(part));
  if (missing.length > 0) throw new Error(`missing part(s) ${missing.join(', ')} of ${count}`);

  const owner = new Map<string, string>();
  const copies: Array<() => Promise<void>> = [];
  const shared: Array<{ file: string; first: string; other: string }> = [];
  const lists: ShardList[] = [];
  const words: Record<string, ShardWords> = {};
  for (const dir of parts) {
    for (const file of await filesOf(dir)) {
      if (file === PART_FILE) continue;
      if (file === WORDS_FILE) {
        Object.assign(
          words,
          JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, ShardWords>,
        );
        continue;
      }
      if (file === SHARD_LIST) {
        lists.push(JSON.parse(await readFile(join(dir, file), 'utf8')) as ShardList);
        continue;
      }
      const first = owner.get(file);
      if (first !== undefined) {
        shared.push({ file, first, other: dir });
        continue;
      }
      owner.set(file, dir);
      copies.push(async () => {
        const target = join(out, file);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(dir, file), target, constants.COPYFILE_FICLONE);
      });
    }
  }
  await inBatches(
    shared.map(({ file, first, other }) => async () => {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(other, file))]);
      if (!a.equals(b))
        throw new Error(`${file} differs between ${first} and ${other}: are they parts of one build?`);
    }),
  );
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await inBatches(copies);
  const shards = lists
    .flatMap((list) => list.shards)
    .sort((a, b) => Number.parseInt(a.path, 10) - Number.parseInt(b.path, 10));
  if (lists.length > 0) {
    const list: ShardList = { shards };
    if (Object.keys(words).length > 0) {
      try {
        list.router = await writeRouter(
          shards.map(({ path }) => ({ path, words: words[path] ?? {} })),
          join(out, 'pagefind', list.router?.path ?? 'router/'),
        );
      } finally {
        await pagefind.close();
      }
    }
    await mkdir(join(out, 'pagefind'), { recursive: true });
    await writeFile(join(out, SHARD_LIST), JSON.stringify(list));
  }
  return { files: copies.length + (lists.length > 0 ? 1 : 0), shared: shared.length, shards: shards.length };
}
