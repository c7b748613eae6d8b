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
import { readFileSync } from 'node:fs';
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
import { dealShards, searchShardCount } from './search-shards';

/**
 * What the search page reads first: each shard's folder (in `pagefind/`) and its languages with
 * their page counts, in Pagefind's order (the page needs both to know which index Pagefind opens).
 */
export interface ShardManifest {
  shards: Array<{ path: string; languages: Record<string, number> }>;
}

interface Indexed {
  manifest: ShardManifest;
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

async function indexShard(entries: SyncedEntry[], dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added: Promise<pagefind.NewFileResponse>[] = [];
  for (const entry of entries) {
    const { url, html } = searchRecord(entry);
    added.push(index.addHTMLFile({ url, content: html }).finally(() => advance(SEARCH)));
  }
  const failed = (await Promise.all(added)).flatMap((result) => result.errors);
  if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** The progress phase of indexing (../build/progress.ts). */
const SEARCH = 'search';

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
    .map((articles, i) => ({ articles, i, dir: join(cache, String(i)), keyFile: join(cache, `${i}.sha256`) }))
    .filter(({ i }) => !part || i % part.count === part.index);
  const keyed = await Promise.all(
    shards.map(async (shard) => {
      const key = createHash('sha256')
        .update(
          JSON.stringify([tool, version, count, shard.articles.map((entry) => [entry.id, entry.digest])]),
        )
        .digest('hex');
      const fresh = (await readFile(shard.keyFile, 'utf8').catch(() => '')) === key;
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
  try {
    for (const { articles, i, dir, keyFile, key, fresh } of keyed) {
      if (articles.length === 0) {
        await rm(dir, { recursive: true, force: true });
        continue;
      }
      if (!fresh) {
        await rm(dir, { recursive: true, force: true });
        await rm(keyFile, { force: true });
        await indexShard(articles, dir);
        await writeFile(keyFile, key);
      }
      const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const languages = Object.fromEntries(
        Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]),
      );
      manifest.shards.push({ path: `${i}/`, languages });
    }
  } finally {
    if (stale.length > 0) await pagefind.close();
  }
  endPhase(SEARCH);
  // Shards of an earlier count are stale.
  for (const name of await readdir(cache).catch(() => [])) {
    const i = Number.parseInt(name, 10);
    if (i >= count) await rm(join(cache, name), { recursive: true, force: true });
  }
  return {
    manifest,
    articles: keyed.reduce((sum, shard) => sum + shard.articles.length, 0),
    reindexed: stale.reduce((sum, shard) => sum + shard.articles.length, 0),
  };
}

/** Puts every file of `from` at the same place under `to`: hard links, copies across devices. */
async function linkTree(from: string, to: string): Promise<void> {
  for (const file of await listFiles(from)) {
    const source = join(from, file);
    const target = join(to, file);
    await mkdir(join(target, '..'), { recursive: true });
    await link(source, target).catch(() => copyFile(source, target));
  }
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
        const { manifest, articles, reindexed } = await indexing;
        const out = join(fileURLToPath(dir), 'pagefind');
        await rm(out, { recursive: true, force: true });
        for (const shard of manifest.shards) await linkTree(join(cache, shard.path), join(out, shard.path));
        await mkdir(out, { recursive: true });
        await writeFile(join(out, 'shards.json'), JSON.stringify(manifest));
        logger.info(
          `Search: ${articles} articles in ${manifest.shards.length} shard(s), ${reindexed} indexed in this build.`,
        );
      },
    },
  };
}
