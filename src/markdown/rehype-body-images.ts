/**
 * Images in the body that are files next to the article become responsive pictures: AVIF and WebP
 * sources with a JPEG (or PNG) fallback, widths up to the file's own, lazy and async. An image
 * alone in its paragraph becomes a figure; its title is the caption, a trailing `Photo: …` in it
 * the credit.
 *
 * It runs AFTER the sanitizer, because the sanitizer rightly drops <picture> and <source> from
 * content. It takes nothing from the content but what the sanitizer kept of each image (its path,
 * checked here to be an image file inside content/, its alt and its title, which become text),
 * and leaves the encoding to Astro: when it renders the page it replaces every `__ASTRO_IMAGE_`
 * attribute with the attributes `getImage()` returns for its options (as for its own Markdown
 * images). <source> elements get a stray `src`, `loading` and `decoding` that way, which the
 * portable step drops (../integrations/portable/links.ts).
 * A bad local image fails the build, naming the article and the image.
 */
import { resolve, relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import sharp from 'sharp';
import { SKIP, visitElements } from './visit-elements';
import { contentRoot } from '../content-root';
import { columnSizes, COLUMN_MAX_PX, splitCaption, srcsetWidths } from '../lib/images';
import { collectedImagePath } from './collected-image';
import { checkImageSrc } from '../loaders/image-src';

interface LocalImage {
  node: Element;
  parent: Element | Root;
  /** The path as Astro collected it (decoded). */
  src: string;
}

interface Encoding {
  /** The widest file: the fallback `src` (and the stray `src` of each source) is cut at it. */
  width: number;
  widths: number[];
  sizes: string;
  fallback: 'jpg' | 'png';
}

const MODERN_FORMATS = [
  { format: 'avif', type: 'image/avif' },
  { format: 'webp', type: 'image/webp' },
] as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Checks the file an image points at and decides how to encode it; throws a readable problem. */
async function plan(articleFile: string, src: string, alt: string, root: string): Promise<Encoding> {
  const problem = await checkImageSrc(articleFile, src, root);
  if (problem) throw new Error(problem);
  if (!alt) throw new Error('has no alt text: describe the picture in ![…](…)');
  let width: number | undefined;
  let format: string | undefined;
  try {
    ({ width, format } = await sharp(resolve(articleFile, '..', src)).metadata());
  } catch {
    throw new Error('could not be read as an image');
  }
  if (!width) throw new Error('could not be read as an image');
  const widths = srcsetWidths(width);
  return {
    width: Math.max(...widths),
    widths,
    sizes: columnSizes(Math.min(width, COLUMN_MAX_PX)),
    fallback: format === 'jpeg' ? 'jpg' : 'png',
  };
}

/** Attributes Astro replaces, when it renders the page, with those of `getImage(options)`. */
function encodedBy(options: Record<string, unknown>) {
  return { __ASTRO_IMAGE_: JSON.stringify({ ...options, index: 0 }) };
}

function picture(
  src: string,
  alt: string,
  title: string,
  { width, widths, sizes, fallback }: Encoding,
): Element {
  const sources: Element[] = MODERN_FORMATS.map(({ format, type }) => ({
    type: 'element',
    tagName: 'source',
    properties: { type, ...encodedBy({ src, format, width, widths, sizes }) },
    children: [],
  }));
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: encodedBy({
      src,
      alt,
      ...(title ? { title } : {}),
      width,
      widths,
      sizes,
      format: fallback,
      loading: 'lazy',
      decoding: 'async',
    }),
    children: [],
  };
  return { type: 'element', tagName: 'picture', properties: {}, children: [...sources, img] };
}

function figcaption(title: string): Element[] {
  const { caption, credit } = splitCaption(title);
  const parts: ElementContent[] = [];
  if (caption) {
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['caption'] },
      children: [{ type: 'text', value: caption }],
    });
  }
  if (credit) {
    if (parts.length > 0) parts.push({ type: 'text', value: ' ' });
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['credit'] },
      children: [{ type: 'text', value: credit }],
    });
  }
  return parts.length > 0
    ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: parts }]
    : [];
}

/** Whether `parent` is a paragraph holding nothing but this image (and whitespace). */
function isAlone(parent: Element | Root, node: Element): parent is Element {
  return (
    parent.type === 'element' &&
    parent.tagName === 'p' &&
    parent.children.every((child) => child === node || (child.type === 'text' && child.value.trim() === ''))
  );
}

export interface BodyImagesOptions {
  /** The folder images must stay inside; default: the site's content folder. */
  contentRoot?: string;
}

export function rehypeBodyImages({ contentRoot: root = contentRoot }: BodyImagesOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const articleFile = file.path;
    if (typeof articleFile !== 'string') return;
    // Only Markdown images are left by now (rehype-offsite-media): Astro collected them, decoded.
    const images: LocalImage[] = [];
    visitElements(tree, (node, _index, parent) => {
      if (node.tagName !== 'img') return undefined;
      const path = collectedImagePath(node.properties['src'], file);
      if (path === undefined) return undefined;
      images.push({ node, parent, src: path });
      return SKIP;
    });
    if (images.length === 0) return;

    const plans = await Promise.all(
      images.map(({ node, src }) =>
        plan(articleFile, src, text(node.properties['alt']), root).catch(
          (error: unknown) => `body image "${src}" ${(error as Error).message}`,
        ),
      ),
    );
    const problems = plans.filter((p) => typeof p === 'string');
    if (problems.length > 0) {
      const shown = relative(process.cwd(), articleFile);
      throw new Error(problems.map((problem) => `${shown}: ${problem}`).join('\n'));
    }

    images.forEach(({ node, parent, src }, i) => {
      const encoding = plans[i];
      if (encoding === undefined || typeof encoding === 'string') return;
      const alt = text(node.properties['alt']);
      const title = text(node.properties['title']);
      if (isAlone(parent, node)) {
        parent.tagName = 'figure';
        parent.properties = { className: ['body-image'] };
        parent.children = [picture(src, alt, '', encoding), ...figcaption(title)];
      } else {
        // Inline, the title stays a tooltip: there is no figure to caption.
        parent.children.splice(parent.children.indexOf(node), 1, picture(src, alt, title, encoding));
      }
    });
  };
}
