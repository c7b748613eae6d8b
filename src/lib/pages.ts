/** The site's static pages (content/pages/), loaded and ordered once per build. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CollectionEntry, getCollection } from 'astro:content';
import { contentRoot } from '../content-root';

export type SitePage = CollectionEntry<'pages'>;

let pages: Promise<SitePage[]> | undefined;

/** Every page, by `order`, then by title. */
export function getSitePages(): Promise<SitePage[]> {
  // Without the folder there are none, and asking would make `astro dev` warn on every page.
  if (!existsSync(join(contentRoot, 'pages'))) return Promise.resolve([]);
  pages ??= getCollection('pages').then((all) =>
    all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
  );
  return pages;
}
