/**
 * A channel from the content loader to the build's integrations. Content is loaded by modules
 * Vite runs, a module graph apart from the integrations' own, so the two meet on one object on
 * `globalThis`. The search index subscribes (only in `astro build`) and gets every article as
 * soon as the content is synced, long before pages are generated.
 */
import type { LoaderContext } from 'astro/loaders';

export type SyncedEntry = ReturnType<LoaderContext['store']['values']>[number];

export interface SyncedArticles {
  entries: SyncedEntry[];
  /** A hash of the code that turns Markdown into what is stored: when it changes, so may every entry. */
  version: string;
}

type Listener = (synced: SyncedArticles) => void;

const KEY = Symbol.for('broadsheet.build-channel');

function listeners(): Set<Listener> {
  const scope = globalThis as typeof globalThis & { [KEY]?: Set<Listener> };
  scope[KEY] ??= new Set();
  return scope[KEY];
}

export function onArticlesSynced(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function articlesSynced(synced: SyncedArticles): void {
  for (const listener of listeners()) listener(synced);
}
