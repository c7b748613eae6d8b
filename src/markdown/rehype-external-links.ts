/**
 * Links that leave the site carry `rel="noopener noreferrer"`: the target gets no handle on this
 * page and learns nothing of where the reader came from. Scheme-relative links (`//host/path`,
 * and the `/\host` or `\\host` spellings browsers read the same way) leave the site too: they
 * become `https:` links first, so they are recognised as such.
 */
import type { Root } from 'hast';
import { visitElements } from './visit-elements';
import { isHttpUrl } from '../lib/urls';

/** `href` as a browser reads it: without surrounding spaces and controls, tabs or newlines. */
function normalised(href: string): string {
  return href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The `https:` form of a scheme-relative link, or `href` itself. */
export function withScheme(href: string): string {
  const value = normalised(href);
  return /^[/\\]{2}/.test(value) ? `https://${value.replace(/^[/\\]+/, '')}` : href;
}

export function rehypeExternalLinks() {
  return (tree: Root) => {
    visitElements(tree, (node) => {
      const raw = node.properties['href'];
      if (node.tagName !== 'a' || typeof raw !== 'string') return;
      const href = withScheme(raw);
      node.properties['href'] = href;
      if (isHttpUrl(href.trim())) node.properties['rel'] = ['noopener', 'noreferrer'];
    });
  };
}
