/**
 * Articles grouped for the index pages: by tag, by publisher and by month. Each group keeps the
 * newest-first order of the list it came from; slugs are made once, here, for every page.
 */
import { createHash } from 'node:crypto';
import { slug as githubSlug } from 'github-slugger';
import { perKey } from '../memo';
import { nameSlug } from '../slugs';

export interface Group<T> {
  /** The URL segment (`transport`, `jiao-tong-57f78ba1`, `2025-07`). */
  slug: string;
  /** The name as printed (`Transport`, `The Moscow Times`, `July 2025`). */
  name: string;
  items: T[];
}

/**
 * The URL segment of a tag or publisher (../slugs.ts: the site's one slug rule), made once per
 * name: an archive has few names, and grouping 10,000 articles asked for 30,000 slugs.
 */
export const groupSlug = perKey(nameSlug);

/**
 * The segment tag and publisher pages had before they followed the one slug rule: every script
 * kept, as GitHub makes heading ids (`publishers/le-progrès/`). Pages are still written there,
 * pointing to the new address as canonical, so that links made to them keep working.
 */
export function legacySlug(name: string): string {
  const slug = githubSlug(name).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return slug || `x-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

/**
 * Groups items under the names `namesOf` gives each (an item may have several). Names with the
 * same slug share a group, under the first spelling seen. Groups are sorted by `order`.
 */
export function groupBy<T>(
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
  order: (a: Group<T>, b: Group<T>) => number = (a, b) => a.name.localeCompare(b.name),
  slugOf: (name: string) => string = groupSlug,
): Array<Group<T>> {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    for (const name of new Set(namesOf(item))) {
      const slug = slugOf(name);
      let group = groups.get(slug);
      if (!group) {
        group = { slug, name, items: [] };
        groups.set(slug, group);
      }
      if (group.items.at(-1) !== item) group.items.push(item);
    }
  }
  return [...groups.values()].sort(order);
}

/** The month of an ISO date, `2025-07`. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** The newer and older neighbours of item `index` in a newest-first list. */
export function neighbours<T>(
  items: readonly T[],
  index: number,
): { newer?: T | undefined; older?: T | undefined } {
  return { newer: index > 0 ? items[index - 1] : undefined, older: items[index + 1] };
}
