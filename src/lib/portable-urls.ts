/**
 * Relative URLs for a portable build: the same `dist/` must work at `/`, under any sub-path and
 * from `file://`. Every path here is relative to the site's root, without a leading slash
 * (`articles/x/index.html`); "" is the root itself.
 */

/** Asks whether a root-relative path names a folder with an `index.html` in the build. */
export type IsDirectory = (path: string) => boolean;

// Resolving against a fake origin turns `..`, `./` and root-relative paths into one clean path.
const ORIGIN = 'http://site.invalid/';
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The folder a built file is served from: `articles/x/index.html` → `articles/x/`. */
export function fileDirectory(file: string): string {
  return file.replace(/[^/]*$/, '');
}

/** The relative URL from a page in folder `fromDir` to `target` (both from the root). */
export function relativePath(fromDir: string, target: string): string {
  const from = fromDir.split('/').slice(0, -1);
  const to = target.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  const up = '../'.repeat(from.length - shared);
  const rest = to.slice(shared).join('/');
  return up + rest || './';
}

/**
 * The portable form of one URL found in a page in folder `fromDir`, or `undefined` to keep it.
 * Root-relative URLs (`/articles/x/`) become relative; any internal URL naming a folder gets its
 * `index.html`, which browsers need from disk. Off-site URLs, other schemes, protocol-relative
 * URLs and in-page fragments are left as they are.
 */
export function portableUrl(value: string, fromDir: string, isDirectory: IsDirectory): string | undefined {
  const url = value.trim();
  if (url === '' || url.startsWith('#') || url.startsWith('?') || url.startsWith('//')) return undefined;
  if (url.startsWith('\\') || SCHEME.test(url)) return undefined;
  const rootRelative = url.startsWith('/');
  const resolved = new URL(url, ORIGIN + encodeURI(fromDir));
  let path = resolved.pathname.slice(1);
  const folder = path.replace(/\/$/, '');
  if (path === '' || path.endsWith('/') || !/\.[a-z\d]+$/i.test(path)) {
    if (isDirectory(decodeURIComponent(folder))) path = folder === '' ? 'index.html' : `${folder}/index.html`;
    else if (!rootRelative) return undefined;
  } else if (!rootRelative) {
    return undefined;
  }
  const portable = relativePath(fromDir, path) + resolved.search + resolved.hash;
  return portable === url ? undefined : portable;
}

/** `srcset`: each candidate's URL made portable, descriptors kept. */
export function portableSrcset(value: string, fromDir: string, isDirectory: IsDirectory): string | undefined {
  // A data: URL may hold commas; there is nothing to rewrite in one anyway.
  if (value.includes('data:')) return undefined;
  let changed = false;
  const candidates = value.split(',').map((candidate) => {
    const [, lead = '', url = '', rest = ''] = /^(\s*)(\S*)(.*)$/s.exec(candidate) ?? [];
    const portable = portableUrl(url, fromDir, isDirectory);
    if (portable === undefined) return candidate;
    changed = true;
    return lead + portable + rest;
  });
  return changed ? candidates.join(',') : undefined;
}

/** `<meta http-equiv="refresh" content="0;url=/x/">`: the URL made portable. */
export function portableRefresh(
  value: string,
  fromDir: string,
  isDirectory: IsDirectory,
): string | undefined {
  const match = /^(\s*\d+\s*[;,]\s*(?:url\s*=\s*)?['"]?)([^'"]*)(['"]?\s*)$/i.exec(value);
  if (!match) return undefined;
  const [, head = '', url = '', tail = ''] = match;
  const portable = portableUrl(url, fromDir, isDirectory);
  return portable === undefined ? undefined : head + portable + tail;
}

/** A stylesheet with its `url(…)` and `@import` references made portable. */
export function portableCss(css: string, fromDir: string, isDirectory: IsDirectory): string {
  const rewrite = (url: string) => portableUrl(url, fromDir, isDirectory) ?? url;
  return css
    .replace(
      /url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g,
      (_all, quote: string, url: string) => `url(${quote}${rewrite(url)}${quote})`,
    )
    .replace(
      /@import\s+(['"])([^'"]+)\1/g,
      (_all, quote: string, url: string) => `@import ${quote}${rewrite(url)}${quote}`,
    );
}

/**
 * For client code: a root-relative page path from an index (Pagefind's `/articles/x/`) as a
 * URL under the site's root, naming the file so it opens from disk too. In a bundled script the
 * root is `new URL('../', import.meta.url)`, since bundles live in `_astro/`.
 */
export function siteHref(path: string, root: URL | string): string {
  const [, clean = '', rest = ''] = /^\/*([^?#]*)(.*)$/s.exec(path) ?? [];
  const file = clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
  return new URL(file + rest, root).href;
}
