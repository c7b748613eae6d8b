/**
 * Full-text search (https://pagefind.app): Pagefind indexes every article
 * (src/lib/search-record.ts) into `dist/pagefind/`, in shards (./search-shards.ts), one index
 * per language in each, with word segmentation for Chinese and Japanese. The search page reads
 * `pagefind/shards.json` and merges them all; it needs no server, so it works on any static
 * host and under any sub-path.
 *
 * Indexing starts as soon as the content is synced (./build-channel.ts) and runs in Pagefind's
 * own process while Astro bundles and generates pages. Shards are kept in Astro's cache folder
 * with a hash of what they hold: a shard whose articles did not change is reused as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported with the config: by the time builds finish, Vite can no longer load modules.
import * as pagefind from 'pagefind';
import { advance, endPhase, startPhase } from '../build/progress';
import { codeVersion } from '../lib/code-version';
import { searchRecord } from '../lib/search-record';
import { listFiles } from './files';
import { onArticlesSynced, type SyncedArticles, type SyncedEntry } from './build-channel';
import { currentPart } from '../lib/build-parts';
import { writePartWords } from '../build/merge-parts';
import { recordLanguage, type RouterManifest, type ShardWords, wordsOf, writeRouter } from './search-router';
import { dealShards, searchShardCount } from './search-shards';

/**
 * What the search page reads first: each shard's folder (in `pagefind/`) and its languages with
 * their page counts, in Pagefind's order (the page needs both to know which index Pagefind opens),
 * and the router that says which shards a query needs (./search-router.ts).
 */
export interface ShardManifest {
  shards: Array<{ path: string; languages: Record<string, number> }>;
  router?: RouterManifest;
}

interface Indexed {
  manifest: ShardManifest;
  /** Each shard's folder in the cache and the key of what it holds. */
  keys: Record<string, string>;
  /** The words of this part's shards, for the merge, in a build split over machines. */
  words?: Record<string, ShardWords>;
  articles: number;
  reindexed: number;
}

/** The installed Pagefind's version: another version may index the same records differently. */
function pagefindVersion(root: string): string {
  try {
    const manifest = readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8');
    return (JSON.parse(manifest) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Indexes one shard into `dir`; returns its words by language, for the router. */
async function indexShard(entries: SyncedEntry[], dir: string): Promise<ShardWords> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const words = new Map<string, Set<string>>();
  const added: Promise<pagefind.NewFileResponse>[] = [];
  for (const entry of entries) {
    const { url, html } = searchRecord(entry);
    const language = recordLanguage(html);
    words.set(language, wordsOf(html, words.get(language)));
    added.push(index.addHTMLFile({ url, content: html }).finally(() => advance(SEARCH)));
  }
  const failed = (await Promise.all(added)).flatMap((result) => result.errors);
  if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return Object.fromEntries([...words].map(([language, set]) => [language, [...set].sort()]));
}

/** The progress phase of indexing (../build/progress.ts). */
const SEARCH = 'search';

/** The words of a cached shard, for the router. */
const wordsFile = (dir: string) => `${dir}.words.json`;

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

async function buildIndex(
  { entries, version }: SyncedArticles,
  cache: string,
  tool: string,
): Promise<Indexed> {
  const count = searchShardCount(entries.length);
  // A part of a split build indexes its own shards (../lib/build-parts.ts).
  const part = currentPart();
  // In the order of their slugs, not of the store (where an added article comes last): Pagefind
  // numbers pages in the order it gets them, and a rebuild must write what a cold build writes.
  const bySlug = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shards = dealShards(bySlug, count)
    .map((articles, i) => ({
      articles,
      path: `${i}/`,
      dir: join(cache, String(i)),
      keyFile: join(cache, `${i}.sha256`),
    }))
    .filter((_, i) => !part || i % part.count === part.index);
  const keyed = await Promise.all(
    shards.map(async (shard) => {
      const key = hash([tool, version, count, shard.articles.map((entry) => [entry.id, entry.digest])]);
      const fresh =
        (await readFile(shard.keyFile, 'utf8').catch(() => '')) === key && existsSync(wordsFile(shard.dir));
      return { ...shard, key, fresh };
    }),
  );
  const stale = keyed.filter((shard) => !shard.fresh && shard.articles.length > 0);
  startPhase(
    SEARCH,
    'articles indexed for search',
    stale.reduce((sum, shard) => sum + shard.articles.length, 0),
  );
  const manifest: ShardManifest = { shards: [] };
  const keys: Record<string, string> = {};
  const words: Record<string, ShardWords> = {};
  let started = stale.length > 0;
  try {
    for (const { articles, path, dir, keyFile, key, fresh } of keyed) {
      if (articles.length === 0) {
        await rm(dir, { recursive: true, force: true });
        continue;
      }
      if (!fresh) {
        await rm(dir, { recursive: true, force: true });
        await rm(keyFile, { force: true });
        words[path] = await indexShard(articles, dir);
        await writeFile(wordsFile(dir), JSON.stringify(words[path]));
        await writeFile(keyFile, key);
      } else {
        words[path] = JSON.parse(await readFile(wordsFile(dir), 'utf8')) as ShardWords;
      }
      const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const languages = Object.fromEntries(
        Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]),
      );
      manifest.shards.push({ path, languages });
      keys[path] = key;
    }
    endPhase(SEARCH);
    if (part) {
      // The merge builds the router from every part's words (../build/merge-parts.ts).
      return { manifest, keys, words, ...summary(keyed, stale) };
    }
    // The router changes with any shard; it is small, and built again only then.
    const routerDir = join(cache, 'router');
    const routerKey = hash(keys);
    const routerFile = join(cache, 'router.json');
    const known = JSON.parse(await readFile(routerFile, 'utf8').catch(() => '{}')) as {
      key?: string;
      router?: RouterManifest;
    };
    if (known.key === routerKey && known.router && existsSync(routerDir)) {
      manifest.router = known.router;
    } else {
      started = true;
      await rm(routerDir, { recursive: true, force: true });
      manifest.router = await writeRouter(
        manifest.shards.map(({ path }) => ({ path, words: words[path] ?? {} })),
        routerDir,
      );
      await writeFile(routerFile, JSON.stringify({ key: routerKey, router: manifest.router }));
    }
    keys['router/'] = routerKey;
  } finally {
    if (started) await pagefind.close();
  }
  // Shards of an earlier count are stale.
  for (const name of await readdir(cache).catch(() => [])) {
    const i = Number.parseInt(name, 10);
    if (i >= count) await rm(join(cache, name), { recursive: true, force: true });
  }
  return { manifest, keys, ...summary(keyed, stale) };
}

function summary(all: Array<{ articles: unknown[] }>, stale: Array<{ articles: unknown[] }>) {
  return {
    articles: all.reduce((sum, shard) => sum + shard.articles.length, 0),
    reindexed: stale.reduce((sum, shard) => sum + shard.articles.length, 0),
  };
}

/**
 * Pagefind's own scripts and WebAssembly: only the router's copy is loaded (shards are merged
 * into the index it opens), so shards go into `dist/` without theirs.
 */
const LIBRARY = /(^|\/)(pagefind[\w-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/;

/**
 * Puts the files of cached folder `from` at the same place under `to`: hard links, copies across
 * devices. `library`: Pagefind's scripts too.
 */
async function linkTree(from: string, to: string, library: boolean): Promise<void> {
  for (const file of await listFiles(from)) {
    if (!library && LIBRARY.test(file)) continue;
    const source = join(from, file);
    const target = join(to, file);
    await mkdir(join(target, '..'), { recursive: true });
    await link(source, target).catch(() => copyFile(source, target));
  }
}

/**
 * Makes `out` (`dist/pagefind/`) hold the index: a folder whose key did not change since this
 * cache put it there is left alone (at 100,000 articles the index is 200,000 files); changed
 * ones are replaced, and folders of no shard removed.
 */
async function syncIndex(cache: string, out: string, keys: Record<string, string>): Promise<void> {
  const record = join(cache, 'linked.json');
  const all = JSON.parse(await readFile(record, 'utf8').catch(() => '{}')) as Record<
    string,
    Record<string, string>
  >;
  const linked = all[out] ?? {};
  await mkdir(out, { recursive: true });
  for (const name of await readdir(out)) {
    if (name !== 'shards.json' && keys[`${name}/`] === undefined)
      await rm(join(out, name), { recursive: true, force: true });
  }
  for (const [path, key] of Object.entries(keys)) {
    if (linked[path] === key && existsSync(join(out, path, 'pagefind-entry.json'))) continue;
    await rm(join(out, path), { recursive: true, force: true });
    await linkTree(join(cache, path), join(out, path), path === 'router/');
  }
  await writeFile(record, JSON.stringify({ ...all, [out]: keys }));
}

export function searchIndex(): AstroIntegration {
  let cache = '';
  let indexing: Promise<Indexed> | undefined;
  let unsubscribe: (() => void) | undefined;
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        cache = join(fileURLToPath(config.cacheDir), 'broadsheet-search');
        const root = fileURLToPath(config.root);
        // Another Pagefind, or other records, may index the same articles differently.
        const tool = `${pagefindVersion(root)} ${codeVersion(root, 'src/lib/search-record.ts')}`;
        unsubscribe = onArticlesSynced((synced) => {
          indexing = buildIndex(synced, cache, tool);
          // Awaited in astro:build:done; until then a failure must not crash the build unheard.
          indexing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        unsubscribe?.();
        if (!indexing) throw new Error('The search index was not built: no articles were synced');
        const { manifest, keys, words, articles, reindexed } = await indexing;
        const root = fileURLToPath(dir);
        const out = join(root, 'pagefind');
        await syncIndex(cache, out, keys);
        await writeFile(join(out, 'shards.json'), JSON.stringify(manifest));
        if (words) await writePartWords(root, words);
        logger.info(
          `Search: ${articles} articles in ${manifest.shards.length} shard(s), ${reindexed} indexed in this build.`,
        );
      },
    },
  };
}
