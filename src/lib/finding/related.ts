/**
 * Related articles the original named, matched to this site's own copies: by the original's
 * address when the link survived, else by the headline (normalised: case, width, quotes and
 * punctuation do not count). The index is made once per build from every article's headline
 * and source; each article then looks up only its own related titles.
 */

export interface RelatedIndex {
  byTitle: Map<string, string>;
  bySource: Map<string, string>;
}

export interface RelatedEntry {
  title: string;
  /** The original's address, as the copy gives it. */
  url?: string | undefined;
  /** The slug of this site's copy of it, if there is one. */
  slug?: string | undefined;
}

interface Indexed {
  id: string;
  data: { title: string; source: string };
}

/** A headline as compared: NFKC, lower case, letters and digits only, single spaces. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** An address as compared: host without `www.`, path without a trailing slash, no query or fragment. */
export function sourceKey(url: string): string | undefined {
  const parsed = URL.parse(url);
  if (!parsed) return undefined;
  return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`;
}

/**
 * The index of `articles` (newest first: a headline two copies share leads to the newest), made
 * when it is first looked in: an archive whose copies name no related article never needs it
 * (at 100,000 articles, 100,000 headlines normalised and addresses parsed for nothing).
 */
export function relatedIndex(articles: readonly Indexed[]): RelatedIndex {
  let made: RelatedIndex | undefined;
  const make = (): RelatedIndex => {
    const byTitle = new Map<string, string>();
    const bySource = new Map<string, string>();
    for (const { id, data } of articles) {
      const title = titleKey(data.title);
      if (title && !byTitle.has(title)) byTitle.set(title, id);
      const source = sourceKey(data.source);
      if (source && !bySource.has(source)) bySource.set(source, id);
    }
    return { byTitle, bySource };
  };
  return {
    get byTitle() {
      return (made ??= make()).byTitle;
    },
    get bySource() {
      return (made ??= make()).bySource;
    },
  };
}

/** Each related article of `self`, with the slug of this site's copy when there is one (never itself). */
export function resolveRelated(
  related: ReadonlyArray<{ title: string; url?: string | undefined }>,
  index: RelatedIndex,
  self: string,
): RelatedEntry[] {
  return related.map(({ title, url }) => {
    const source = url === undefined ? undefined : sourceKey(url);
    const found = (source && index.bySource.get(source)) || index.byTitle.get(titleKey(title));
    return { title, url, ...(found && found !== self ? { slug: found } : {}) };
  });
}
