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

const PAGES_KEY = Symbol.for('broadsheet.site-pages');

/** Every page of the whole site (its pathnames), once Astro has listed them. */
export function sitePagesKnown(pathnames: string[]): void {
  (globalThis as typeof globalThis & { [PAGES_KEY]?: string[] })[PAGES_KEY] = pathnames;
}

/** The pathnames of every page of the site, of every part (`undefined` before they are listed). */
export function sitePages(): string[] | undefined {
  return (globalThis as typeof globalThis & { [PAGES_KEY]?: string[] })[PAGES_KEY];
}

const FOLDER_KEY = Symbol.for('broadsheet.body-folder');

/** Where the loader keeps rendered bodies this build (../loaders/body-files.ts). */
export function provideBodyFolder(dir: string): void {
  (globalThis as typeof globalThis & { [FOLDER_KEY]?: string })[FOLDER_KEY] = dir;
}

/** The folder of the rendered bodies (`undefined` before the content is synced). */
export function bodyFolder(): string | undefined {
  return (globalThis as typeof globalThis & { [FOLDER_KEY]?: string })[FOLDER_KEY];
}

type BodyProvider = (entry: SyncedEntry) => Promise<string>;

const BODIES_KEY = Symbol.for('broadsheet.deferred-bodies');

/** How to render a body the loader left to another part of the build (../lib/build-parts.ts). */
export function provideDeferredBodies(provider: BodyProvider): void {
  (globalThis as typeof globalThis & { [BODIES_KEY]?: BodyProvider })[BODIES_KEY] = provider;
}

/** Renders the body of `entry`, which the loader left to another part of the build. */
export function renderDeferredBody(entry: SyncedEntry): Promise<string> {
  const provider = (globalThis as typeof globalThis & { [BODIES_KEY]?: BodyProvider })[BODIES_KEY];
  if (!provider) throw new Error(`The body of ${entry.id} was not rendered, and cannot be rendered here`);
  return provider(entry);
}
