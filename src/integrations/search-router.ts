/**
 * Which search shards (./search-shards.ts) a query needs. A search that opened every shard would
 * fetch every shard's page list (Pagefind's `pf_meta`, about 6 bytes an article: 0.6 MB at
 * 100,000 articles) and a chunk of each shard's index for every word. Instead the search page
 * first asks a small Pagefind index of its own, the router, in which each shard is one record
 * holding every word of its articles, once; Pagefind answers it as it answers any search (the
 * same word splitting, stemming and prefix matching), and only the shards it finds are opened.
 *
 * The router is built from the words of every shard, which each shard's indexing writes down
 * (`wordsOf`); a build split over machines ships them to `npm run build:merge`, which builds the
 * router from all of them, as one machine does.
 *
 * Loaded by Node itself too (../build/merge-parts.ts): imports carry their `.ts` extension.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** The words of one shard, by language (as Pagefind names its indexes). */
export type ShardWords = Record<string, string[]>;

/** What the search page needs to know of the router: where it is, and which record is which shard. */
export interface RouterManifest {
  path: string;
  /** Pagefind's id of each record → the shard's folder and the language of its index. */
  pages: Record<string, [string, string]>;
}

/** The language a page's `<html lang>` gives, as the router files a shard's words under it. */
export function recordLanguage(html: string): string {
  return /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase() || 'unknown';
}

/**
 * Every word of a search record (its HTML), once, in text and attribute values alike: runs of
 * letters, marks and digits, and the runs of one word joined (`well-known` gives `well`, `known`
 * and `wellknown`, as Pagefind indexes compound words). Taking too much only opens a shard more;
 * taking too little would lose results, so nothing is stemmed or cut: Pagefind does that to both.
 */
export function wordsOf(html: string, into = new Set<string>()): Set<string> {
  const add = (text: string) => {
    for (const chunk of text.split(/\s+/)) {
      const parts = chunk.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu);
      if (!parts) continue;
      for (const part of parts) into.add(part);
      if (parts.length > 1) into.add(parts.join(''));
    }
  };
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    for (const [, value] of tag.matchAll(/="([^"]*)"/g)) add(value ?? '');
  }
  add(html.replace(/<[^>]*>/g, ' ').replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, ' '));
  return into;
}

/** Record URLs name the shard and the language: `/<shard folder>/<language>/`. */
const recordUrl = (path: string, language: string) => `/${path}${language}/`;

/**
 * Writes the router of `shards` (each shard's folder in `pagefind/`, `3/`, with its words) into
 * `dir`, and returns its manifest. The same shards always give the same files.
 */
export async function writeRouter(
  shards: Array<{ path: string; words: ShardWords }>,
  dir: string,
): Promise<RouterManifest> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const ordered = [...shards].sort((a, b) => Number.parseInt(a.path, 10) - Number.parseInt(b.path, 10));
  for (const { path, words } of ordered) {
    for (const language of Object.keys(words).sort()) {
      const content = (words[language] ?? []).join(' ');
      const added = await index.addCustomRecord({ url: recordUrl(path, language), content, language });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
  }
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // A result names its record by the id of its fragment, which holds the record's URL.
  const pages: RouterManifest['pages'] = {};
  const fragments = join(dir, 'fragment');
  for (const name of (await readdir(fragments)).sort()) {
    const text = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    const [, path, language] = /^\/(\d+\/)([^/]+)\/$/.exec(url) ?? [];
    if (path && language) pages[name.replace(/\.pf_fragment$/, '')] = [path, language];
  }
  return { path: 'router/', pages };
}
