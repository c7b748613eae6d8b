/**
 * An image whose URL has a malformed percent-escape (`%E0%A4%A`) becomes its alt text. Astro
 * decodes image URLs with `decodeURI`, which throws on them, and a throwing render would publish
 * the article empty.
 */
import type { Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { SKIP, visit } from 'unist-util-visit';

function isDecodable(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

export function remarkUndecodableImages() {
  return (tree: Root) => {
    const definition = definitions(tree);
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return undefined;
      if (node.type !== 'image' && node.type !== 'imageReference') return undefined;
      const url = node.type === 'image' ? node.url : definition(node.identifier)?.url;
      if (url === undefined || isDecodable(url)) return undefined;
      parent.children.splice(index, 1, ...(node.alt ? [{ type: 'text' as const, value: node.alt }] : []));
      return [SKIP, index];
    });
  };
}
