/** URL rules shared by the schema, the Markdown pipeline and the pages. */

/** Whether `value` is an absolute `http:` or `https:` URL. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

// Characters a URL may never hold as written (RFC 3986, WHATWG URL): browsers encode them when
// they follow a link, but in an href or a feed they make the page or feed invalid.
const NEVER_IN_URL = /[\s"<>`{}|^]/gu;

/** `url` with the characters a URL may never hold percent-encoded, and nothing else changed. */
export function writableUrl(url: string): string {
  return url.replace(NEVER_IN_URL, (char) => encodeURIComponent(char));
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
