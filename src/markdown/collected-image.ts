/**
 * Whether an `<img src>` is one of the Markdown images Astro collected as files next to the
 * article, and under which path. Astro stores them decoded; the tree holds them encoded, so
 * `![x](\\evil.example/x.png)` arrives as `%5Cevil…` and only its decoded form shows that a
 * browser would read it as root- or protocol-relative.
 */
import type { VFile } from 'vfile';
import { isLocalPath } from '../lib/urls';

/** The decoded path of `src` when it names a collected local image, else `undefined`. */
export function collectedImagePath(src: unknown, file: VFile): string | undefined {
  if (typeof src !== 'string' || !isLocalPath(src)) return undefined;
  let path: string;
  try {
    path = decodeURI(src);
  } catch {
    return undefined;
  }
  const collected = file.data.astro?.localImagePaths ?? [];
  return isLocalPath(path) && collected.includes(path) ? path : undefined;
}
