/**
 * Control characters have no place in prose, and XML forbids most of them: one U+0001 in a body
 * made `rss.xml` unreadable to every feed reader. They are dropped from text and attribute values
 * (vertical tab and form feed become spaces, as they separate words), so every output built from
 * the body stays well-formed.
 */
import type { Root, RootContent } from 'hast';

// C0 controls but tab, line feed and carriage return; DEL; the noncharacters U+FFFE and U+FFFF.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const SPACING = /[\u000B\u000C]/g;

/** `text` without control characters. */
export function withoutControlCharacters(text: string): string {
  return text.replace(SPACING, ' ').replace(CONTROL, '');
}

function clean(node: Root | RootContent): void {
  if (node.type === 'text' || node.type === 'comment') {
    node.value = withoutControlCharacters(node.value);
    return;
  }
  if (node.type === 'element') {
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[name] = withoutControlCharacters(value);
    }
  }
  if ('children' in node) for (const child of node.children) clean(child);
}

export function rehypeControlCharacters() {
  return (tree: Root) => {
    clean(tree);
  };
}
