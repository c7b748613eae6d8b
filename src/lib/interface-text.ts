/**
 * Interface text added for the first-hour fixes (issue 18), kept in one place until the
 * message catalogs (issue 17) take it over.
 */
export const interfaceText = {
  /** After a time the copy gives without a zone: the original's own wall clock. */
  localTime: 'local time',
  /** The search page under `npm run dev`, which builds no search index. */
  searchNeedsBuild: 'Search reads the index that `npm run build` makes: try it with `npm run preview`.',
} as const;
