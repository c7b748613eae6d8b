/**
 * The site's search index as the search page opens it: shards (src/integrations/search-shards.ts),
 * each a Pagefind index per language, and a router (src/integrations/search-router.ts) that says
 * which shards hold a query's words. A query first asks the router, then opens only those shards:
 * at 100,000 articles a search fetches the page lists and index chunks of the few shards it needs
 * instead of all 64. The router answers in its own Pagefind instance (the same script, loaded a
 * second time under another address), so asking it fetches nothing of the shards.
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

export interface SearchIndex {
  /** The results of `query`, best first, from every shard that may hold them. */
  search(query: string): Promise<PagefindResult[]>;
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
  // Two instances of Pagefind's script: one asks the router only, one searches the shards.
  const load = (tag: string) => import(/* @vite-ignore */ `${script}${tag}`) as Promise<Pagefind>;
  const [routes, index] = await Promise.all([load('?router'), load('')]);
  const routerLanguages: Record<string, number> = {};
  for (const [, language] of Object.values(router?.pages ?? {})) {
    routerLanguages[language] = (routerLanguages[language] ?? 0) + 1;
  }

  /** Opens `instance` on `bundle` with every language of it, then merges `shards` into it. */
  const open = async (instance: Pagefind, languages: Record<string, number>, shards: Shard[]) => {
    await instance.options({ baseUrl: root.pathname, bundlePath: bundle.pathname, ...options });
    const opened = primaryLanguage(languages, own);
    for (const language of Object.keys(languages)) {
      // Full URLs: Pagefind skips a merge whose path is a prefix of the primary index's own.
      if (language !== opened) await instance.mergeIndex(bundle.href, { language, ...options });
    }
    for (const shard of shards) {
      for (const language of Object.keys(shard.languages)) {
        await instance.mergeIndex(new URL(shard.path, base).href, { language, ...options });
      }
    }
  };

  if (!router) {
    // No router: every shard, the first one opened as the primary index.
    const [first, ...rest] = manifest.shards;
    await open(index, first?.languages ?? {}, rest);
    return { search: async (query) => (await index.search(query)).results };
  }

  await open(routes, routerLanguages, []);
  let opened: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const search = async (query: string): Promise<PagefindResult[]> => {
    if (query.trim() === '') return [];
    const routed = new Map<string, Shard>();
    for (const { id } of (await routes.search(query)).results) {
      const [path, language] = router.pages[id] ?? [];
      const shard = manifest.shards.find((candidate) => candidate.path === path);
      if (!shard || language === undefined) continue;
      const languages = language in shard.languages ? { [language]: 0 } : shard.languages;
      const known = routed.get(shard.path);
      routed.set(shard.path, { path: shard.path, languages: { ...known?.languages, ...languages } });
    }
    if (routed.size === 0) return [];
    const shards = [...routed.values()].sort((a, b) => a.path.localeCompare(b.path));
    const key = JSON.stringify(shards);
    if (key !== opened) {
      // Merged indexes cannot be taken out again: start from the router alone.
      if (opened !== undefined) await index.destroy();
      await open(index, { [primaryLanguage(routerLanguages, own) ?? own]: 1 }, shards);
      opened = key;
    }
    return (await index.search(query)).results.filter(({ id }) => !(id in router.pages));
  };
  return {
    // One search at a time: a search may start over from the router alone.
    search(query) {
      const next = queue.then(() => search(query));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
