/**
 * Drops `<form>` and `</form>` tags from raw HTML before it is parsed. The sanitizer drops forms
 * anyway, but HTML parsing gives them state (the form element pointer) that nested forms use to
 * move later text into an element the sanitizer strips whole (`<form><math><mtext></form><form>
 * <mglyph>…`): without the tags, the text stays where the source has it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const FORM_TAG = /<\/?form(?=[\s/>]|$)[^>]*>?/gi;

/** `html` without its form tags. */
export function withoutFormTags(html: string): string {
  return html.replace(FORM_TAG, '');
}

export function remarkFormTags() {
  return (tree: Root) => {
    visit(tree, 'html', (node) => {
      node.value = withoutFormTags(node.value);
    });
  };
}
