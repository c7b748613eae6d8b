/**
 * Checks an image path (a lead image or one in a body) before anything else reads the file: it
 * must stay inside `content/` (after following symlinks), exist, start like an image, and have a
 * header sharp can read, of a size it can decode. Messages never quote the file's bytes.
 */
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { isLocalPath } from '../lib/urls';

/**
 * The most pixels an image may have: 100 megapixels is more than a news photograph needs, and
 * already 400 MB to decode; a small file can declare far more (a decompression bomb).
 */
export const MAX_PIXELS = 100_000_000;

// Leading bytes of the raster formats sharp reads. SVG is refused: it can carry script.
const SIGNATURES: Array<{ format: string; test: (head: Buffer) => boolean }> = [
  { format: 'jpeg', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { format: 'png', test: (h) => h.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1')) },
  { format: 'gif', test: (h) => /^GIF8[79]a/.test(h.subarray(0, 6).toString('latin1')) },
  {
    format: 'webp',
    test: (h) =>
      h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    format: 'avif',
    test: (h) =>
      h.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]/.test(h.subarray(8, 12).toString('latin1')),
  },
  { format: 'tiff', test: (h) => /^(II\*\0|MM\0\*)/.test(h.subarray(0, 4).toString('latin1')) },
];

/** Sniffs the image format from a file's first bytes. */
export function sniffImageFormat(head: Buffer): string | undefined {
  return SIGNATURES.find(({ test }) => test(head))?.format;
}

export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Returns what is wrong with `src` as the image of the article at `articleFile`, or `undefined`
 * when it is a readable image inside `contentRoot`.
 */
export async function checkImageSrc(
  articleFile: string,
  src: unknown,
  contentRoot: string,
): Promise<string | undefined> {
  if (typeof src !== 'string' || src.trim() === '') return 'must be a path to an image file';
  if (!isLocalPath(src)) {
    return 'must be a path relative to the article; remote images are not fetched';
  }
  const root = await realpath(contentRoot);
  const target = resolve(dirname(articleFile), src);
  if (!isInside(resolve(contentRoot), target)) return 'points outside content/';
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return `file not found: ${relative(resolve(contentRoot, '..'), target)}`;
  }
  if (!isInside(root, real)) return 'resolves (through a symlink) outside content/';
  const info = await stat(real);
  if (!info.isFile()) return 'is not a file';
  const file = await open(real, 'r');
  let format: string | undefined;
  try {
    const head = Buffer.alloc(16);
    await file.read(head, 0, 16, 0);
    format = sniffImageFormat(head);
  } finally {
    await file.close();
  }
  if (!format) return 'is not an image (JPEG, PNG, GIF, WebP, AVIF or TIFF)';
  return checkHeader(real, format);
}

/** Reads the image header only (no pixels are decoded) and checks its size. */
async function checkHeader(file: string, format: string): Promise<string | undefined> {
  const name = format.toUpperCase();
  let width: number | undefined;
  let height: number | undefined;
  try {
    // The pixel limit is checked here, from the size the header declares.
    ({ width, height } = await sharp(file, { limitInputPixels: false }).metadata());
  } catch {
    // sharp's message can quote bytes of the file: it is not repeated.
    return `starts like a ${name} image but its header cannot be read (a damaged file, or another kind of file)`;
  }
  if (!width || !height) return `is a ${name} image without a width and height`;
  if (width * height > MAX_PIXELS) {
    return `is ${width}×${height} pixels, more than the ${MAX_PIXELS / 1e6}-megapixel limit: make it smaller`;
  }
  return undefined;
}
