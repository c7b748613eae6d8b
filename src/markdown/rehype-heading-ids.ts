/**
 * Gives every heading an id from its text, before the sanitizer prefixes ids with
 * `user-content-`. Astro's own heading pass runs after the sanitizer and would otherwise add bare
 * ids (`id="alert"`) that clobber page globals; so every heading gets one here.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitElements } from './visit-elements';

const HEADING = /^h[1-6]$/;

export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visitElements(tree, (node) => {
      if (!HEADING.test(node.tagName)) return;
      const id = node.properties['id'];
      if (typeof id === 'string' && id !== '') {
        slugger.slug(id);
        return;
      }
      // A heading of punctuation or emoji only has no slug; it still gets an id of ours, or
      // Astro's pass would give it a bare empty one.
      const text = toString(node);
      node.properties['id'] = slugger.slug(slug(text) ? text : 'section');
    });
  };
}
