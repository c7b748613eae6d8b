/**
 * Every internal URL in a built page made relative to the page, so the page works at any
 * address and from disk. Only attributes that hold URLs are touched.
 */
import { type IsDirectory, portableRefresh, portableSrcset, portableUrl } from '../../lib/portable-urls';
import { applyEdits, type Edit, elements, getAttribute, parseHtml, setAttribute } from './html';

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

/** The page in folder `fromDir` (`articles/x/`, or "" for the root) with portable URLs. */
export function portableHtml(html: string, fromDir: string, isDirectory: IsDirectory): string {
  const edits: Edit[] = [];
  for (const element of elements(parseHtml(html))) {
    for (const [name, rewrite] of Object.entries(URL_ATTRIBUTES)) {
      const value = getAttribute(element, name);
      const portable = value === undefined ? undefined : rewrite(value, fromDir, isDirectory);
      const edit = portable === undefined ? undefined : setAttribute(html, element, name, portable);
      if (edit) edits.push(edit);
    }
    const content = getAttribute(element, 'content');
    if (
      element.tagName === 'meta' &&
      getAttribute(element, 'http-equiv')?.toLowerCase() === 'refresh' &&
      content
    ) {
      const portable = portableRefresh(content, fromDir, isDirectory);
      const edit = portable === undefined ? undefined : setAttribute(html, element, 'content', portable);
      if (edit) edits.push(edit);
    }
  }
  return applyEdits(html, edits);
}
