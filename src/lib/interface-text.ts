/**
 * Interface text added for the first-hour fixes (issue 18), kept in one place until the
 * message catalogs (issue 17) take it over.
 */
export const interfaceText = {
  /** After a time the copy gives without a zone: the original's own wall clock. */
  localTime: 'local time',
  /** Before the article's clean address, in its provenance block. */
  linkToThisPage: 'Link to this page',
  search: {
    /** Shown until the search script runs: without JavaScript, or opened from disk. */
    unavailable:
      'Search runs in your browser: it needs JavaScript, and a site served over the web rather than opened from disk.',
    browse: 'You can browse every article instead:',
    byTag: 'by tag',
    byPublisher: 'by publisher',
    byMonth: 'by month',
    /** Under `npm run dev`, which builds no search index. */
    needsBuild: 'Search reads the index that `npm run build` makes: try it with `npm run preview`.',
    loading: 'Loading the search index…',
    failed: 'The search index could not be loaded.',
    none: (query: string) => `No articles found for “${query}”.`,
    found: (count: number, query: string) =>
      `${count} article${count === 1 ? '' : 's'} found for “${query}”.`,
    by: 'By',
  },
} as const;
