/**
 * The search page's script: opens the Pagefind index built next to the site (`pagefind/`, through
 * ./search-index.ts), found relative to the page so it works under any sub-path, searches the
 * shards that may hold the query, and shows the results as links, a page at a time: "Show more
 * results" opens the next shards, while any are left, and shows the next page of all results so
 * far. The status says how much of the archive was searched until all of it was. Results are
 * built as DOM nodes, never as HTML strings.
 */

import { cutPlaceholders, formatMessage } from '../i18n/format';
import type { Message } from '../i18n/messages';
import { SEARCH_RANKING, type SearchMeta } from '../lib/search-fields';
import { openSearchIndex, type SearchIndex, type SearchPass } from './search-index';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: SearchMeta;
}

/** How long typing must pause before the words typed are searched (ms). */
const TYPING_PAUSE = 300;

/** Results shown at once, and added by "Show more results". */
const PAGE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const moreButton = document.querySelector<HTMLButtonElement>('#search-more');

/** What the page says, in the site's language (src/pages/search.astro). */
interface Messages {
  lang: string;
  needsBuild: Message;
  loading: Message;
  failed: Message;
  none: Message;
  found: Message;
  foundSoFar: Message;
  byline: Message;
}

const messages = JSON.parse(status?.dataset['messages'] ?? '{}') as Messages;
const say = (message: Message, values?: Record<string, string | number>) =>
  formatMessage(message, messages.lang, values);
const percent = (digits: number) =>
  new Intl.NumberFormat(messages.lang, { style: 'percent', maximumFractionDigits: digits });
const days = new Intl.DateTimeFormat(messages.lang, { dateStyle: 'long', timeZone: 'UTC' });

/** The day of an ISO 8601 date in the site's language ("1 июля 2025 г."). */
function dayOf(iso: string): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  return day ? days.format(new Date(`${day}T00:00:00Z`)) : undefined;
}

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

/** One result as the archive's lists show an article: headline, excerpt, byline, date, publisher. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const { meta } = data;
  const item = document.createElement('li');
  item.className = 'article-card';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  link.dir = 'auto';
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'summary';
  excerpt.dir = 'auto';
  excerpt.append(...excerptNodes(data.excerpt));
  const about = document.createElement('p');
  about.className = 'card-meta';
  const parts: Node[] = [];
  if (meta.byline) parts.push(byline(meta.byline));
  const date = (meta.datetime && dayOf(meta.datetime)) ?? meta.date;
  if (date) {
    const time = document.createElement('time');
    time.textContent = date;
    if (meta.datetime) time.dateTime = meta.datetime;
    parts.push(time);
  }
  if (meta.publisher) parts.push(isolated(meta.publisher));
  parts.forEach((part, i) => about.append(...(i > 0 ? [' · '] : []), part));
  item.append(heading, excerpt, ...(parts.length > 0 ? [about] : []));
  return item;
}

/** A name from the content, isolated so right-to-left text does not reorder what is around it. */
function isolated(name: string): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.textContent = name;
  return bdi;
}

/** "By Jane Doe" in the site's language, the name isolated where the message puts it. */
function byline(name: string): Node {
  const span = document.createElement('span');
  const template = typeof messages.byline === 'string' ? messages.byline : messages.byline.other;
  for (const part of cutPlaceholders(template)) span.append(typeof part === 'string' ? part : isolated(name));
  return span;
}

/**
 * A share of the archive as a percentage, rounded down so that it never claims what was not
 * searched ("0.3%", "6%"; never "100%" before the end).
 */
function share(searched: number): string {
  const digits = searched < 0.1 ? 1 : 0;
  const scale = 10 ** (digits + 2);
  return percent(digits).format(Math.floor(searched * scale) / scale);
}

/** What is shown for the current query: its search so far, and the results already listed. */
interface Shown {
  query: string;
  pass: SearchPass;
  ids: Set<string>;
}

let shown: Shown | undefined;

const unshown = ({ pass, ids }: Shown) => pass.results.filter((result) => !ids.has(result.id));

/** Lists the next page of `current`'s results; returns their items. */
async function showPage(current: Shown): Promise<HTMLLIElement[]> {
  const page = unshown(current).slice(0, PAGE);
  for (const { id } of page) current.ids.add(id);
  const data = await Promise.all(page.map((result) => result.data() as Promise<PagefindResultData>));
  // Another query was typed meanwhile: its results stand.
  if (shown !== current) return [];
  const items = data.map(resultItem);
  list?.append(...items);
  return items;
}

/** The status line, and the "more" button while there is more to show or to search. */
function describe(current: Shown): void {
  const { query, pass } = current;
  if (!status || !moreButton || shown !== current) return;
  const count = pass.results.length;
  if (pass.more) status.textContent = say(messages.foundSoFar, { count, query, share: share(pass.searched) });
  else
    status.textContent = count === 0 ? say(messages.none, { query }) : say(messages.found, { count, query });
  moreButton.hidden = !pass.more && unshown(current).length === 0;
}

/** Shows the first page of `pass`, the results of `query`. */
async function show(query: string, pass: SearchPass): Promise<void> {
  if (!status || !list || !moreButton) return;
  list.replaceChildren();
  shown = undefined;
  if (query.trim() === '') {
    status.textContent = '';
    moreButton.hidden = true;
    return;
  }
  const current: Shown = { query, pass, ids: new Set() };
  shown = current;
  await showPage(current);
  describe(current);
}

/** "Show more results": the next shards, while any are left, and the next page of results. */
async function showMore(): Promise<void> {
  const current = shown;
  if (!current || !moreButton || moreButton.getAttribute('aria-disabled') === 'true') return;
  moreButton.setAttribute('aria-disabled', 'true');
  try {
    // More of the archive first: the next page is then the best of all that was searched, as a
    // page of the whole archive's results would be, and the count becomes the whole count.
    if (current.pass.more) {
      current.pass = await current.pass.more();
    }
    const items = await showPage(current);
    if (shown !== current) return;
    describe(current);
    // The reader goes on from the first new result; with none, from the button or the last one.
    const target =
      items[0]?.querySelector('a') ??
      (moreButton.hidden ? list?.querySelector<HTMLAnchorElement>('li:last-child a') : moreButton);
    target?.focus();
  } catch {
    if (status && shown === current) status.textContent = say(messages.failed);
  } finally {
    moreButton.removeAttribute('aria-disabled');
  }
}

/** The address with the query in `?q=`, so a search can be shared, reloaded and bookmarked. */
function keepQuery(query: string): void {
  const url = new URL(location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

async function start(): Promise<void> {
  if (!form || !input || !status) return;
  // Forms cannot be sent (the CSP says form-action 'none'): search in place, from the start.
  form.addEventListener('submit', (event) => event.preventDefault());
  // The index is made by `astro build`: the dev server has none.
  if (import.meta.env.BROADSHEET_DEV_SERVER === true) {
    status.textContent = say(messages.needsBuild);
    return;
  }
  form.hidden = false;
  document.querySelector('#search-unavailable')?.remove();
  status.textContent = say(messages.loading);
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  let index: SearchIndex;
  try {
    // The search page is `search/` in the site's root: the root is one folder up. Ranking is set
    // on every index Pagefind opens.
    index = await openSearchIndex(new URL('../', document.baseURI), { ranking: SEARCH_RANKING });
  } catch {
    status.textContent = say(messages.failed);
    return;
  }
  status.textContent = '';
  let latest = 0;
  let typing = 0;
  const search = () => {
    window.clearTimeout(typing);
    const ticket = ++latest;
    const query = input.value;
    // Also for words typed before the index was open, searched once it is.
    keepQuery(query);
    // Only the newest query's results are shown, however the searches finish.
    index
      .search(query, () => ticket === latest)
      .then(
        (pass) => (ticket === latest ? show(query, pass) : undefined),
        () => {
          if (ticket === latest) status.textContent = say(messages.failed);
        },
      );
  };
  // While the reader types, a search waits for a pause: each search starts from the router alone
  // and opens its own shards, so searching every letter would fetch the index many times over.
  input.addEventListener('input', () => {
    keepQuery(input.value);
    window.clearTimeout(typing);
    typing = window.setTimeout(search, TYPING_PAUSE);
  });
  form.addEventListener('submit', search);
  moreButton?.addEventListener('click', () => void showMore());
  if (input.value) search();
}

// From disk, browsers refuse the index's fetches: the page's own text says so instead.
if (location.protocol !== 'file:') void start();

// A module, so its names stay its own (`status` is also a global of `window`).
export {};
