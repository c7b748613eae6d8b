/**
 * Placeholder links become plain text. Scrapers leave `[AFP](#)`, `[name]()` and `<a href="#">`
 * where a site linked to its own pages; a link that goes nowhere is worse than none. So do links
 * with a scheme a reader cannot follow (`javascript:`, `data:`…), which the sanitizer would
 * otherwise leave as an `<a>` without a target.
 */
import type { Root } from 'hast';
import { SKIP, visitElements } from './visit-elements';
import { isPlaceholderHref } from '../lib/urls';

const FOLLOWABLE = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would read in `href` (it ignores controls, tabs and newlines), if any. */
function schemeOf(href: string): string | undefined {
  const value = href.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase();
}

function goesNowhere(href: unknown): boolean {
  if (typeof href !== 'string' || isPlaceholderHref(href)) return true;
  const scheme = schemeOf(href);
  return scheme !== undefined && !FOLLOWABLE.has(scheme);
}

export function rehypePlaceholderLinks() {
  return (tree: Root) => {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'a') return undefined;
      if (!goesNowhere(node.properties['href'])) return undefined;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
