/**
 * The fields of a search record (src/lib/search-record.ts) and how much each counts, shared by the
 * indexer and the search page's script (so: no Node imports here).
 */

/** The fields each result carries (Pagefind's `meta`). */
export interface SearchMeta {
  title?: string;
  dek?: string;
  byline?: string;
  publisher?: string;
  tags?: string;
  /** The day of publication as people read it. */
  date?: string;
  /** The same, as ISO 8601 for `<time datetime>`. */
  datetime?: string;
}

/**
 * How much a match in each field counts (Pagefind's `ranking.metaWeights`; a body word counts 1).
 * Pagefind's default gives the title 5, so that a headline holding the query's stem ("tramways")
 * outranked an article whose body says "tramway" three times. Dates are shown, not searched.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 1, dek: 1, byline: 1, publisher: 1, tags: 1, date: 0, datetime: 0 },
};
