/**
 * Astro finds the pictures of a body by the text `__ASTRO_IMAGE_="…"` in its HTML, and parses
 * what follows as JSON. The same text in an article's prose failed the page ("Failed to parse
 * image reference"), and so the build. Runs after the sanitizer and before Astro marks its own
 * pictures: prose never keeps the marker whole, an empty element splits it and shows nothing.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const MARKER = '__ASTRO_IMAGE_';
// Split before the last character: neither part is the marker.
const CUT = MARKER.length - 1;

const breaker = (): Element => ({ type: 'element', tagName: 'span', properties: {}, children: [] });

/** `value` as text nodes, with a breaker inside every marker. */
function split(value: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let from = 0;
  for (let at = value.indexOf(MARKER); at !== -1; at = value.indexOf(MARKER, at + 1)) {
    parts.push({ type: 'text', value: value.slice(from, at + CUT) }, breaker());
    from = at + CUT;
  }
  parts.push({ type: 'text', value: value.slice(from) });
  return parts;
}

function guard(parent: Root | Element): void {
  let touched = false;
  let afterText = false;
  for (const child of parent.children) {
    if (child.type === 'element') guard(child);
    // Adjacent text nodes print as one string: a marker may straddle them.
    if (child.type === 'text') touched ||= afterText || child.value.includes(MARKER);
    afterText = child.type === 'text';
  }
  if (!touched) return;
  const joined: RootContent[] = [];
  for (const child of parent.children) {
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else joined.push(child.type === 'text' ? { ...child } : child);
  }
  parent.children = joined.flatMap((child) =>
    child.type === 'text' && child.value.includes(MARKER) ? split(child.value) : [child],
  ) as Root['children'];
}

export function rehypeImageMarkerText() {
  return (tree: Root): void => guard(tree);
}
