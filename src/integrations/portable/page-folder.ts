/** The folder Astro writes a page into, from its URL path (`/articles/x` → `articles/x/`). */
export function pageFolder(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  // Error pages and `.html` routes are files in the folder above.
  if (/\.html?$/.test(path) || /^(404|500)\/?$/.test(path)) return path.replace(/[^/]*\/?$/, '');
  return path === '' || path.endsWith('/') ? path : `${path}/`;
}
