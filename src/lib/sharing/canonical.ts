/**
 * Where an article's canonical link points: this copy (the default), or the original, for
 * archives that defer to the source: `canonical` in the settings, or `BROADSHEET_CANONICAL` at
 * build time, which wins.
 */
import settings from 'virtual:broadsheet/settings';

export type CanonicalTarget = 'copy' | 'original';

/**
 * The environment's `BROADSHEET_CANONICAL` (`original`, or anything else for this copy) when it is
 * set, else the settings' `canonical`.
 */
export function canonicalTarget(
  env: Record<string, string | undefined> = process.env,
  fallback: CanonicalTarget = settings.canonical,
): CanonicalTarget {
  const value = env['BROADSHEET_CANONICAL']?.trim().toLowerCase();
  if (!value) return fallback;
  return value === 'original' ? 'original' : 'copy';
}

/** The canonical URL of an article: its copy's absolute URL, or the original's. */
export function articleCanonical(
  copyUrl: string | undefined,
  source: string,
  target: CanonicalTarget = canonicalTarget(),
): string | undefined {
  return target === 'original' ? source : copyUrl;
}
