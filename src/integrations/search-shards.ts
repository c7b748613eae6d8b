/**
 * The search index of a large archive is split into shards, each a Pagefind index of its own
 * that the search page merges. An edit then re-indexes one shard, not the archive, and Pagefind
 * never holds more than one shard in memory. An article's shard depends only on its slug and
 * the number of shards, a power of two, so shards are only redealt when the archive doubles.
 */
import { createHash } from 'node:crypto';

/**
 * Articles per shard, at most (before the count is rounded up to a power of two). Editing or
 * adding one article indexes its shard and the router again: at 10,000 articles, with 8 shards of
 * 1,250 that cost Pagefind 2.1 s of CPU, with 32 shards of about 310, 0.8 s.
 */
export const SHARD_SIZE = 500;

/**
 * Shards, at least, however small the archive: a build split over machines gives each its own
 * shards (../lib/build-parts.ts), so this many machines can share even a small archive.
 */
export const MIN_SHARDS = 8;

/** How many shards `articles` articles need. */
export function shardCount(articles: number, size = SHARD_SIZE): number {
  const needed = Math.max(MIN_SHARDS, Math.ceil(articles / Math.max(1, size)));
  return 2 ** Math.ceil(Math.log2(needed));
}

/**
 * The shards of this build's archive of `articles`. `BROADSHEET_SEARCH_SHARD_SIZE` sets smaller
 * shards, only to try sharding on a small site (tests).
 */
export function searchShardCount(
  articles: number,
  env: Record<string, string | undefined> = process.env,
): number {
  const size = Number(env['BROADSHEET_SEARCH_SHARD_SIZE'] ?? SHARD_SIZE) || SHARD_SIZE;
  return shardCount(articles, size);
}

/** The shard of the article with slug `id`, out of `count`. */
export function shardOf(id: string, count: number): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % count;
}

/** The articles of each shard, in order; shards no article falls into are empty. */
export function dealShards<T extends { id: string }>(articles: readonly T[], count: number): T[][] {
  const shards = Array.from({ length: count }, (): T[] => []);
  for (const article of articles) shards[shardOf(article.id, count)]?.push(article);
  return shards;
}
