/**
 * The search page's script: loads the Pagefind index built next to the site (`pagefind/`),
 * found relative to the page so it works under any sub-path, searches every language's index,
 * and shows the results as links. Results are built as DOM nodes, never as HTML strings.
 */

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

async function load(): Promise<Pagefind> {
  // The search page is `search/` in the site's root: the root is one folder up.
  const root = new URL('../', document.baseURI);
  const bundle = new URL('pagefind/', root);
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', bundle).href)) as Pagefind;
  await pagefind.options({ baseUrl: root.pathname, bundlePath: bundle.pathname });
  // Pagefind searches the index of the page's language; add every other language's index.
  const entry = (await (await fetch(new URL('pagefind-entry.json', bundle))).json()) as {
    languages: Record<string, unknown>;
  };
  const own = document.documentElement.lang;
  for (const language of Object.keys(entry.languages)) {
    // The full URL: Pagefind skips a merge whose path is a prefix of the primary index's own.
    if (language !== own) await pagefind.mergeIndex(bundle.href, { language });
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
