/**
 * The search page's script: loads the Pagefind index built next to the site (`pagefind/`),
 * found relative to the page so it works under any sub-path, searches every shard and language,
 * and shows the results as links. Results are built as DOM nodes, never as HTML strings.
 */

import { interfaceText } from '../lib/interface-text';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: { baseUrl: string; bundlePath: string }): Promise<void>;
  mergeIndex(bundlePath: string, options: { language: string }): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const MAX_RESULTS = 20;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

/** Pagefind's excerpt (text with `<mark>` around matches) as nodes: parsed inertly, text only. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

interface Shard {
  path: string;
  /** Language → pages, in the order of the shard's `pagefind-entry.json`. */
  languages: Record<string, number>;
}

/** The language Pagefind opens in its first index for a page in `own` (as its `findIndex` does). */
function primaryLanguage(languages: Record<string, number>, own: string): string | undefined {
  if (own in languages) return own;
  const base = own.split('-')[0] ?? own;
  if (base in languages) return base;
  return Object.entries(languages).sort((a, b) => b[1] - a[1])[0]?.[0];
}

async function load(): Promise<Pagefind> {
  // The search page is `search/` in the site's root: the root is one folder up.
  const root = new URL('../', document.baseURI);
  const base = new URL('pagefind/', root);
  // The index comes in shards (src/integrations/search-shards.ts), each with an index per language.
  const { shards } = (await (await fetch(new URL('shards.json', base))).json()) as { shards: Shard[] };
  const [first] = shards;
  if (!first) throw new Error('no search index');
  const bundle = new URL(first.path, base);
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', bundle).href)) as Pagefind;
  await pagefind.options({ baseUrl: root.pathname, bundlePath: bundle.pathname });
  // Pagefind opens one index of the first shard by itself; merge every other one, once.
  const opened = primaryLanguage(first.languages, document.documentElement.lang.toLowerCase() || 'unknown');
  for (const shard of shards) {
    for (const language of Object.keys(shard.languages)) {
      // Full URLs: Pagefind skips a merge whose path is a prefix of the primary index's own.
      if (shard !== first || language !== opened) {
        await pagefind.mergeIndex(new URL(shard.path, base).href, { language });
      }
    }
  }
  return pagefind;
}

async function run(pagefind: Pagefind, query: string): Promise<void> {
  if (!status || !list) return;
  list.replaceChildren();
  if (query.trim() === '') {
    status.textContent = '';
    return;
  }
  const { results } = await pagefind.search(query);
  const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
  status.textContent =
    results.length === 0
      ? `No articles found for “${query}”.`
      : `${results.length} article${results.length === 1 ? '' : 's'} found for “${query}”.`;
  for (const data of shown) {
    const item = document.createElement('li');
    item.className = 'article-card';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    link.dir = 'auto';
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'summary';
    excerpt.dir = 'auto';
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(heading, excerpt);
    list.append(item);
  }
}

async function start(): Promise<void> {
  if (!form || !input || !status) return;
  form.hidden = false;
  document.querySelector('#search-unavailable')?.remove();
  // The index is made by `astro build`: the dev server has none.
  if (import.meta.env.DEV) {
    status.textContent = interfaceText.searchNeedsBuild;
    return;
  }
  status.textContent = 'Loading the search index…';
  let pagefind: Pagefind;
  try {
    pagefind = await load();
  } catch {
    status.textContent = 'The search index could not be loaded.';
    return;
  }
  status.textContent = '';
  let latest = 0;
  const search = () => {
    const ticket = ++latest;
    const query = input.value;
    // Only the newest query's results are shown, however the searches finish.
    void pagefind.search(query).then(() => (ticket === latest ? run(pagefind, query) : undefined));
  };
  input.addEventListener('input', search);
  // Forms cannot be sent (the CSP says form-action 'none'): search in place.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) input.value = query;
  if (input.value) search();
}

// From disk, browsers refuse the index's fetches: the page's own text says so instead.
if (location.protocol !== 'file:') void start();

// A module, so its names stay its own (`status` is also a global of `window`).
export {};
