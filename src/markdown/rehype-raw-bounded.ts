/**
 * rehype-raw, with a way out for raw HTML nested too deep to turn into a tree: parse5 reads any
 * depth, but the conversion of its result recurses once per level and overflows the stack after
 * a few thousand. Then the raw HTML is kept as its text, tags removed, instead of failing the
 * render (which would publish the article empty or fail the build).
 *
 * A tree with no raw HTML is returned as it is: re-parsing it through parse5 would build the
 * same tree again, which costs about 0.3 ms an article (docs/performance.md).
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';

// Elements whose content is code or a document, not prose.
const NOT_PROSE =
  /<(script|style|template|textarea|title|xmp|noscript|noembed|noframes|iframe)\b[^]*?<\/\1\s*>/gi;

/** The text of a fragment of raw HTML, without parsing it into a tree. */
export function rawText(html: string): string {
  return html
    .replace(/<!--[^]*?(?:-->|$)/g, '')
    .replace(NOT_PROSE, '')
    .replace(/<\/?[a-z][^>]*>?/gi, '');
}

/** Whether any node under `parent` is raw HTML. The tree is shallow: remark capped it. */
function hasRaw(parent: Root | Element): boolean {
  return parent.children.some(
    (child) => (child as { type: string }).type === 'raw' || (child.type === 'element' && hasRaw(child)),
  );
}

/** Replaces every `raw` node under `parent` with its text. The tree is shallow: remark capped it. */
function rawToText(parent: Root | Element): void {
  parent.children = parent.children.map((child): RootContent => {
    // `raw` nodes come from remark-rehype; hast's own types do not name them.
    const node = child as RootContent | { type: 'raw'; value: string };
    if (node.type === 'raw') return { type: 'text', value: rawText(node.value) };
    if (node.type === 'element') rawToText(node);
    return node;
  }) as Root['children'];
}

export function rehypeRawBounded(options?: Options) {
  const parse = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => {
    if (!hasRaw(tree)) return tree;
    try {
      return parse(tree, file);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      rawToText(tree);
      file.message('raw HTML nested too deep: kept as text');
      return tree;
    }
  };
}
