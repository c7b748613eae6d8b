/**
 * Links from an article to the site's own pages work wherever the site is put: root-relative
 * links (`/articles/y/`) become relative to the article's page (`../../articles/y/`), and links
 * to another article's Markdown file (`y.md`, `../y/index.md`) point at that article's page.
 * After the build, folders gain their `index.html` (src/integrations/portable).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

// Every article page lives at `articles/<slug>/`, two folders below the site's root.
const TO_ROOT = '../../';
const ORIGIN = 'http://site.invalid/';

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

/** The portable form of `href` in the article at `path`, or `undefined` to keep it. */
export function rootRelativeHref(href: string, path?: string): string | undefined {
  const value = href.trim();
  if (value.startsWith('/') && !value.startsWith('//')) return TO_ROOT + value.replace(/^\/+/, '');
  if (/^[a-z][a-z\d+.-]*:|^[#?\\]|^\/\//i.test(value) || !/\.md(?:[?#]|$)/i.test(value)) return undefined;
  const resolved = new URL(value, `${ORIGIN}articles/${folderInArticles(path)}`);
  const slug = /^\/articles\/([^/]+?)(?:\.md|\/index\.md)$/i.exec(resolved.pathname)?.[1];
  return slug === undefined ? undefined : `${TO_ROOT}articles/${slug}/${resolved.hash}`;
}

export function rehypeRootRelativeLinks() {
  return (tree: Root, file: { path?: string }) => {
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const portable = rootRelativeHref(href, file.path);
      if (portable !== undefined) node.properties['href'] = portable;
    });
  };
}
