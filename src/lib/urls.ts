/** URL rules shared by the schema, the Markdown pipeline and the pages. */

/** Whether `value` is an absolute `http:` or `https:` URL. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

/** Whether a link target is a placeholder left by scraping: empty, or a bare `#`. */
export function isPlaceholderHref(href: string | null | undefined): boolean {
  const target = (href ?? '').trim();
  return target === '' || target === '#';
}

/**
 * Whether `src` names a file next to the article (`photo.jpg`, `./img/a.png`, `../shared/b.jpg`)
 * rather than something to fetch: no scheme, not protocol- or root-relative, no query.
 */
export function isLocalPath(src: string): boolean {
  const value = src.trim();
  if (value === '' || value.startsWith('/') || value.startsWith('\\') || value.startsWith('#')) {
    return false;
  }
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) return false;
  return !value.includes('?');
}

/** The host part of an article's source, for display ("themoscowtimes.com"). */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
