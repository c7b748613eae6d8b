/**
 * Every internal URL in a built page made relative to the page, so the page works at any
 * address and from disk. Only attributes that hold URLs are touched; the rest of the page is
 * kept byte for byte.
 */
import { type IsDirectory, portableRefresh, portableSrcset, portableUrl } from '../../lib/portable-urls';
import { applyEdits, type Edit, escapeAttribute } from './html';
import { decodeAttribute, startTags } from './tags';

type Rewrite = (value: string, fromDir: string, isDirectory: IsDirectory) => string | undefined;

const URL_ATTRIBUTES: Record<string, Rewrite> = {
  href: portableUrl,
  src: portableUrl,
  poster: portableUrl,
  action: portableUrl,
  formaction: portableUrl,
  data: portableUrl,
  'xlink:href': portableUrl,
  // Astro islands import these from the page.
  'component-url': portableUrl,
  'renderer-url': portableUrl,
  'before-hydration-url': portableUrl,
  srcset: portableSrcset,
  imagesrcset: portableSrcset,
};

// Astro gives every image of a Markdown body the attributes of an <img>, also when it stands for
// a <source> of a picture (../../markdown/rehype-body-images.ts); on a <source> they are invalid
// HTML. Dropped here, where every page's start tags are read anyway.
const INVALID_ON: Record<string, ReadonlySet<string>> = {
  source: new Set(['src', 'loading', 'decoding']),
};

/**
 * The page in folder `fromDir` (`articles/x/`, or "" for the root) with portable URLs (and
 * without the attributes Astro puts where HTML allows none: `INVALID_ON`).
 */
export function portableHtml(html: string, fromDir: string, isDirectory: IsDirectory): string {
  const edits: Edit[] = [];
  for (const tag of startTags(html)) {
    const invalid = INVALID_ON[tag.name];
    for (const attribute of tag.attributes.values()) {
      if (invalid?.has(attribute.name)) {
        let end = attribute.end;
        while (/[\t\n\f\r ]/.test(html.charAt(end))) end += 1;
        edits.push({ start: attribute.nameStart, end, text: '' });
        continue;
      }
      const rewrite = URL_ATTRIBUTES[attribute.name];
      const isRefresh =
        tag.name === 'meta' &&
        attribute.name === 'content' &&
        decodeAttribute(tag.attributes.get('http-equiv')?.raw ?? '')?.toLowerCase() === 'refresh';
      if (!rewrite && !isRefresh) continue;
      const value = decodeAttribute(attribute.raw);
      if (value === undefined) {
        throw new Error(`cannot read the value of ${attribute.name}="${attribute.raw}" in a built page`);
      }
      const portable = rewrite
        ? rewrite(value, fromDir, isDirectory)
        : portableRefresh(value, fromDir, isDirectory);
      if (portable !== undefined && attribute.end > attribute.start) {
        edits.push({ start: attribute.start, end: attribute.end, text: `"${escapeAttribute(portable)}"` });
      }
    }
  }
  return applyEdits(html, edits);
}
