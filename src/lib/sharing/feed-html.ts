/**
 * An article's sanitized HTML, made fit for a feed: feed readers show it away from the site, so
 * every link and image address becomes absolute (against the article's own URL), and body
 * pictures, whose files Astro only names when it renders the page, become their text
 * alternative. Nothing is added from the content: the HTML was sanitized by the pipeline.
 */
import { type DefaultTreeAdapterTypes, parseFragment, serialize } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function absolute(value: string, base: string): string {
  if (value.startsWith('#')) return new URL(value, base).href;
  return URL.canParse(value, base) ? new URL(value, base).href : value;
}

/** Astro's placeholder for a picture it has yet to encode: `<img __astro_image_="{…}">`. */
function isPendingImage(element: Element): boolean {
  return element.attrs.some((attr) => attr.name.startsWith('__astro_image'));
}

/** The picture's alt text: an attribute, or inside Astro's placeholder options. */
function altText(element: Element): string {
  const img = element.tagName === 'img' ? element : findImg(element);
  for (const attr of img?.attrs ?? []) {
    if (attr.name === 'alt') return attr.value.trim();
    if (!attr.name.startsWith('__astro_image')) continue;
    try {
      const options: unknown = JSON.parse(attr.value);
      const alt = typeof options === 'object' && options !== null && 'alt' in options ? options.alt : '';
      if (typeof alt === 'string') return alt.trim();
    } catch {
      // Not Astro's JSON: no alt to show.
    }
  }
  return '';
}

function findImg(element: Element): Element | undefined {
  for (const child of element.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'img') return child;
    const found = findImg(child);
    if (found) return found;
  }
  return undefined;
}

function textNode(value: string, parent: Element | DefaultTreeAdapterTypes.DocumentFragment) {
  return { nodeName: '#text', value, parentNode: parent } as DefaultTreeAdapterTypes.TextNode;
}

function rewrite(node: Element | DefaultTreeAdapterTypes.DocumentFragment, base: string): void {
  node.childNodes = node.childNodes.map((child) => {
    if (!isElement(child)) return child;
    if (
      (child.tagName === 'picture' || child.tagName === 'img') &&
      (isPendingImage(child) || findPending(child))
    ) {
      const alt = altText(child);
      return textNode(alt ? `[Photo: ${alt}]` : '[Photo]', node);
    }
    // A srcset is only ever Astro's; the src that stays is enough for a reader.
    child.attrs = child.attrs.filter((attr) => attr.name !== 'srcset');
    for (const attr of child.attrs) {
      if (URL_ATTRIBUTES.has(attr.name)) attr.value = absolute(attr.value, base);
    }
    rewrite(child, base);
    return child;
  });
}

function findPending(element: Element): boolean {
  return element.childNodes.some(
    (child) => isElement(child) && (isPendingImage(child) || findPending(child)),
  );
}

/** The HTML with absolute URLs against `pageUrl` and pending pictures as their alt text. */
export function feedHtml(html: string, pageUrl: string): string {
  const fragment = parseFragment(html);
  rewrite(fragment, pageUrl);
  return serialize(fragment);
}
