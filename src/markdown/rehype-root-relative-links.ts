/**
 * Links from an article to the site's own pages work wherever the site is put: root-relative
 * links (`/articles/y/`) become relative to the article's page (`../../articles/y/`), and links
 * to another article's Markdown file (`y.md`, `../y/index.md`) point at that article's page.
 * After the build, folders gain their `index.html` (src/integrations/portable).
 * Root-relative links outside the site's own sections were scraped from the original
 * (`/2025/07/01/other-story`): they are resolved against the article's `source`, where they work.
 */
import type { Root } from 'hast';
import { visitElements } from './visit-elements';

// Every article page lives at `articles/<slug>/`, two folders below the site's root.
const TO_ROOT = '../../';
const ORIGIN = 'http://site.invalid/';
// The first path segments of this site's own pages (src/pages).
const SITE_SECTIONS = new Set(['', 'articles', 'tags', 'publishers', 'months', 'page', 'search', 'cards']);
const SITE_FILES = /^\/(?:rss\.xml|feed\.json|sitemap\.xml|robots\.txt|404\.html|index\.html)$/;

function isSitePath(path: string): boolean {
  return SITE_FILES.test(path) || SITE_SECTIONS.has(path.split(/[/?#]/)[1] ?? '');
}

/** Where the Markdown file sits inside `articles/`: "" for `x.md`, `x/` for `x/index.md`. */
function folderInArticles(path: string | undefined): string {
  const parts = (path ?? '').split(/[\\/]/);
  const at = parts.lastIndexOf('articles');
  return at === -1
    ? ''
    : parts
        .slice(at + 1, -1)
        .map((part) => `${encodeURIComponent(part)}/`)
        .join('');
}

/**
 * The portable form of `href` in the article at `path` whose original is at `source`, or
 * `undefined` to keep it.
 */
export function rootRelativeHref(href: string, path?: string, source?: string): string | undefined {
  const value = href.trim();
  if (value.startsWith('/') && !/^[/\\]{2}/.test(value)) {
    if (!isSitePath(value) && source && URL.canParse(value, source)) return new URL(value, source).href;
    return TO_ROOT + value.replace(/^\/+/, '');
  }
  if (/^[a-z][a-z\d+.-]*:|^[#?\\]|^\/\//i.test(value) || !/\.md(?:[?#]|$)/i.test(value)) return undefined;
  const resolved = new URL(value, `${ORIGIN}articles/${folderInArticles(path)}`);
  const slug = /^\/articles\/([^/]+?)(?:\.md|\/index\.md)$/i.exec(resolved.pathname)?.[1];
  return slug === undefined ? undefined : `${TO_ROOT}articles/${slug}/${resolved.hash}`;
}

export function rehypeRootRelativeLinks() {
  return (
    tree: Root,
    file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } },
  ) => {
    const source = file.data.astro?.frontmatter?.['source'];
    visitElements(tree, (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const portable = rootRelativeHref(href, file.path, typeof source === 'string' ? source : undefined);
      if (portable !== undefined) node.properties['href'] = portable;
    });
  };
}
