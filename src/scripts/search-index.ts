/**
 * The site's search index as the search page opens it: shards (src/integrations/search-shards.ts),
 * each a Pagefind index per language, and a router (src/integrations/search-router.ts) that says
 * which shards hold a query's words. A query first asks the router, then opens only those shards,
 * a few at a time (`SHARDS_PER_STEP`): at 100,000 articles a search fetches the page lists and
 * index chunks of at most four shards instead of all 64, and opens more when the reader asks.
 * One Pagefind instance does both: the router is its primary index, and the shards are merged
 * onto it once it has answered, so the router's chunk for a query is fetched once.
 */

interface PagefindResult {
  id: string;
  data(): Promise<unknown>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  destroy(): Promise<void>;
}

interface Shard {
  path: string;
  /** Language → pages, in the order of the shard's `pagefind-entry.json`. */
  languages: Record<string, number>;
}

interface Manifest {
  shards: Shard[];
  router?: { path: string; pages: Record<string, [string, string]> };
}

/**
 * What a search found so far. A word most articles hold is in every shard: opening them all would
 * fetch 64 shards' page lists and index chunks at 100,000 articles (2.8 MB), so a search opens a
 * few at a time and the reader asks for more.
 */
export interface SearchPass {
  /** The results of the shards opened so far, best first. */
  results: PagefindResult[];
  /**
   * The share of the archive's articles searched (0 to 1): in shards opened, or in shards the
   * router says cannot hold the query. 1 when nothing is left to open.
   */
  searched: number;
  /** Opens the next shards that may hold more results; absent when none is left. */
  more?: () => Promise<SearchPass>;
}

export interface SearchIndex {
  /**
   * Searches `query` once the searches before it are done; if `wanted` then says it is no longer
   * wanted (a newer one was typed), it is skipped and finds nothing.
   */
  search(query: string, wanted?: () => boolean): Promise<SearchPass>;
}

/**
 * Shards a search for one word opens at once. At 100,000 articles a shard costs a common word
 * about 41 KB of index (its page list, 11 KB, and the word's chunk, 30 KB): four, the router
 * and a page of results come to about 260 KB.
 */
export const SHARDS_PER_STEP = 4;

/** Shards a search for `words` words opens at once: each word costs a chunk in every shard. */
export function shardsPerStep(words: number): number {
  return Math.max(1, Math.floor(SHARDS_PER_STEP / Math.max(1, words)));
}

/** The words of `query` in language `lang`, as a search splits them. */
function wordCount(query: string, lang: string): number {
  const words = new Set<string>();
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  for (const { segment, isWordLike } of segmenter.segment(query)) {
    if (isWordLike) words.add(segment.toLowerCase());
  }
  return words.size;
}

/** The language Pagefind opens in its first index for a page in `own` (as its `findIndex` does). */
function primaryLanguage(languages: Record<string, number>, own: string): string | undefined {
  if (own in languages) return own;
  const base = own.split('-')[0] ?? own;
  if (base in languages) return base;
  return Object.entries(languages).sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Opens the index of the site whose root is `root`; `options` go to every Pagefind index (its
 * ranking, for example).
 */
export async function openSearchIndex(
  root: URL,
  options: Record<string, unknown> = {},
): Promise<SearchIndex> {
  const base = new URL('pagefind/', root);
  const manifest = (await (await fetch(new URL('shards.json', base))).json()) as Manifest;
  const own = document.documentElement.lang.toLowerCase() || 'unknown';
  const router = manifest.router;
  const bundle = new URL(router?.path ?? manifest.shards[0]?.path ?? '', base);
  const script = new URL('pagefind.js', bundle).href;
  const index = (await import(/* @vite-ignore */ script)) as Pagefind;
  const routerLanguages: Record<string, number> = {};
  for (const [, language] of Object.values(router?.pages ?? {})) {
    routerLanguages[language] = (routerLanguages[language] ?? 0) + 1;
  }

  /** Merges `shards` into `instance`, each in the languages it lists. */
  const merge = async (instance: Pagefind, shards: Shard[]) => {
    for (const shard of shards) {
      for (const language of Object.keys(shard.languages)) {
        await instance.mergeIndex(new URL(shard.path, base).href, { language, ...options });
      }
    }
  };

  /** Opens `instance` on `bundle` with every language of it, then merges `shards` into it. */
  const open = async (instance: Pagefind, languages: Record<string, number>, shards: Shard[]) => {
    await instance.options({ baseUrl: root.pathname, bundlePath: bundle.pathname, ...options });
    const opened = primaryLanguage(languages, own);
    for (const language of Object.keys(languages)) {
      // Full URLs: Pagefind skips a merge whose path is a prefix of the primary index's own.
      if (language !== opened) await instance.mergeIndex(bundle.href, { language, ...options });
    }
    await merge(instance, shards);
  };

  // One search at a time: a search may start over from the router alone.
  let queue: Promise<unknown> = Promise.resolve();
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  if (!router) {
    // No router: every shard, the first one opened as the primary index.
    const [first, ...rest] = manifest.shards;
    await open(index, first?.languages ?? {}, rest);
    return {
      search: (query) => queued(async () => ({ results: (await index.search(query)).results, searched: 1 })),
    };
  }

  /** What `index` holds: shard and language pairs merged onto the router. */
  let held = new Set<string>();
  /** Makes `index` the router alone again. Merged indexes cannot be taken out. */
  const restart = async () => {
    if (held.size > 0) {
      held = new Set();
      await index.destroy();
      await open(index, routerLanguages, []);
    }
  };
  await open(index, routerLanguages, []);
  const pages = (shard: Shard) => Object.values(shard.languages).reduce((sum, count) => sum + count, 0);
  const total = manifest.shards.reduce((sum, shard) => sum + pages(shard), 0);
  const pairs = (shards: Shard[]) =>
    shards.flatMap(({ path, languages }) => Object.keys(languages).map((language) => `${path} ${language}`));

  /** The shards (and their languages) that may hold `query`, in the order a search opens them. */
  const route = async (query: string): Promise<Shard[]> => {
    const routed = new Map<string, Shard>();
    for (const { id } of (await index.search(query)).results) {
      const [path, language] = router.pages[id] ?? [];
      const shard = manifest.shards.find((candidate) => candidate.path === path);
      if (!shard || language === undefined) continue;
      const languages =
        language in shard.languages ? { [language]: shard.languages[language] ?? 0 } : shard.languages;
      const known = routed.get(shard.path);
      routed.set(shard.path, { path: shard.path, languages: { ...known?.languages, ...languages } });
    }
    // By number: each shard is a hash-split sample of the whole archive, so none is a better
    // start than another, and a fixed order lets every search start from the same shards, whose
    // page lists the browser then already holds.
    return [...routed.values()].sort((a, b) => Number.parseInt(a.path, 10) - Number.parseInt(b.path, 10));
  };

  /** Makes `index` hold `shards` on the router: merged onto what it holds, if it holds no others. */
  const hold = async (shards: Shard[]) => {
    const wanted = new Set(pairs(shards));
    if (![...held].every((pair) => wanted.has(pair))) await restart();
    const kept = held;
    const added = shards
      .map(({ path, languages }) => ({
        path,
        languages: Object.fromEntries(
          Object.entries(languages).filter(([language]) => !kept.has(`${path} ${language}`)),
        ),
      }))
      .filter(({ languages }) => Object.keys(languages).length > 0);
    try {
      await merge(index, added);
      held = wanted;
    } catch (error) {
      // Part merged, perhaps: the next search starts over.
      held.add('');
      throw error;
    }
  };

  /** `query` searched in the first `count` of the shards `routed`. */
  const searchIn = async (query: string, routed: Shard[], count: number): Promise<SearchPass> => {
    await hold(routed.slice(0, count));
    const results = (await index.search(query)).results.filter(({ id }) => !(id in router.pages));
    const left = routed.slice(count).reduce((sum, shard) => sum + pages(shard), 0);
    return {
      results,
      searched: total > 0 ? 1 - left / total : 1,
      ...(count < routed.length
        ? { more: () => queued(() => searchIn(query, routed, count + shardsPerStep(wordCount(query, own)))) }
        : {}),
    };
  };

  return {
    search: (query, wanted = () => true) =>
      queued(async () => {
        if (query.trim() === '' || !wanted()) return { results: [], searched: 1 };
        // The router alone says which shards may hold the query.
        await restart();
        const routed = await route(query);
        if (routed.length === 0) return { results: [], searched: 1 };
        return searchIn(query, routed, shardsPerStep(wordCount(query, own)));
      }),
  };
}
