/**
 * Where an article's canonical link points: this copy (the default), or the original when
 * `BROADSHEET_CANONICAL=original` is set at build time, for archives that defer to the source.
 */

export type CanonicalTarget = 'copy' | 'original';

/** The setting, read from the build's environment; anything but `original` means this copy. */
export function canonicalTarget(env: Record<string, string | undefined> = process.env): CanonicalTarget {
  return env['BROADSHEET_CANONICAL']?.trim().toLowerCase() === 'original' ? 'original' : 'copy';
}

/** The canonical URL of an article: its copy's absolute URL, or the original's. */
export function articleCanonical(
  copyUrl: string | undefined,
  source: string,
  target: CanonicalTarget = canonicalTarget(),
): string | undefined {
  return target === 'original' ? source : copyUrl;
}
