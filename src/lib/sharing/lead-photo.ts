/** The file behind an article's lead picture, for drawing share cards and crops. */
import type { ImageMetadata } from 'astro';

/**
 * Astro's image metadata carries the source file as a non-enumerable `fsPath` (set by its asset
 * pipeline); `undefined` when the copy has no picture or the path is not known.
 */
export function leadPhotoFile(src: ImageMetadata | undefined): string | undefined {
  const path: unknown = src && (src as ImageMetadata & { fsPath?: unknown }).fsPath;
  return typeof path === 'string' && path !== '' ? path : undefined;
}
