/**
 * Raw HTML that never closes must not swallow the story: the text a reader sees in the Markdown
 * source stays on the page. Two mechanisms hide it otherwise:
 * - a CommonMark HTML block that only a marker ends (`<textarea>`, `<script>`, `<!--`,
 *   `<![CDATA[`…) runs to the end of the document when the marker never comes, so every later
 *   paragraph becomes raw HTML; its opener is dropped and the rest is parsed as Markdown again;
 * - an opening tag of an element whose content HTML parsing hides or the sanitizer drops whole
 *   (`<noscript>`, `<iframe>`, `<select>`…), with no end tag after it in the same block, takes in
 *   every later block once rehype-raw parses them as one document; that tag is dropped.
 */
import type { Html, Parent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { unclosedBlockText } from './html-blocks';

const SWALLOWING = [
  'iframe',
  'math',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'plaintext',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'xmp',
];
const PHRASING = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);
const OPENING = new RegExp(`<(${SWALLOWING.join('|')})(?=[\\s/>]|$)[^>]*>?`, 'gi');

/**
 * `html` without the opening tags of swallowing elements that no end tag after them closes, in
 * `html` or in the raw HTML that follows it in the same paragraph (`after`).
 */
export function withoutUnclosedTags(html: string, after = ''): string {
  return html.replace(OPENING, (tag, name: string, offset: number) =>
    new RegExp(`</${name}\\s*>`, 'i').test(html.slice(offset + tag.length) + after) ? tag : '',
  );
}

export function remarkUnclosedHtml(this: Processor) {
  const parse = (text: string): RootContent[] => (this.parse(text) as Root).children;

  const repair = (parent: Parent): void => {
    const children: RootContent[] = [];
    const siblings = parent.children as RootContent[];
    // Inline HTML is a node per tag: an element may close in a later node of its paragraph.
    const inline = PHRASING.has(parent.type);
    for (const [index, child] of siblings.entries()) {
      if (child.type !== 'html') {
        if ('children' in child) repair(child);
        children.push(child);
        continue;
      }
      const hidden = inline ? undefined : unclosedBlockText(child.value);
      if (hidden !== undefined) {
        const again: Root = { type: 'root', children: parse(hidden) };
        repair(again);
        children.push(...again.children);
        continue;
      }
      const after = inline
        ? siblings
            .slice(index + 1)
            .map((node) => (node.type === 'html' ? node.value : ''))
            .join('')
        : '';
      const value = withoutUnclosedTags(child.value, after);
      if (value.trim() !== '') children.push({ ...child, value } satisfies Html);
    }
    parent.children = children;
  };

  return (tree: Root) => {
    repair(tree);
  };
}
