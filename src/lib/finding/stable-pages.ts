/**
 * Pages of a newest-first list that stay put as the list grows. Archive pages are counted from
 * the oldest article: page 1 holds the oldest `size`, page 2 the next `size`, and a page, once
 * full, shows the same articles for as long as none of them changes. The list's home shows
 * everything newer than the last full page but one: the newest `size` to `2 × size − 1`. So an
 * article added at the top changes the home, and every `size`-th addition one new page and the
 * page it now follows; one added further down changes only the pages newer than it.
 */

/** One page: on the home `number` is missing; `newer` and `older` name the pages beside it. */
export interface StablePage<T> {
  /** From 1, the oldest page; `undefined` for the list's home. */
  number?: number | undefined;
  /** Its articles, newest first. */
  items: T[];
  /** The next newer page: a number, or `'home'`; missing on the home. */
  newer?: number | 'home' | undefined;
  /** The next older page's number; missing on the oldest page. */
  older?: number | undefined;
}

/** The pages of `items` (newest first), `size` to an archive page, the home first. */
export function stablePages<T>(items: readonly T[], size: number): Array<StablePage<T>> {
  const full = Math.max(0, Math.floor(items.length / size) - 1);
  const homeLength = items.length - full * size;
  const pages: Array<StablePage<T>> = [
    { items: items.slice(0, homeLength), older: full > 0 ? full : undefined },
  ];
  for (let number = full; number >= 1; number--) {
    const end = items.length - (number - 1) * size;
    pages.push({
      number,
      items: items.slice(end - size, end),
      newer: number < full ? number + 1 : 'home',
      older: number > 1 ? number - 1 : undefined,
    });
  }
  return pages;
}
