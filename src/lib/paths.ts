/** Site-internal URLs, under the configured base path. */

const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** The URL of a page of the site, from a path relative to its root (`articles/x/`). */
export function sitePath(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The URL of an article page. */
export function articlePath(slug: string): string {
  return sitePath(`articles/${slug}/`);
}
