/** Article slugs: the file or folder name of an article, and the last segment of its URL. */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `name` is a valid slug: lowercase ASCII letters, digits and single hyphens. */
export function isSlug(name: string): boolean {
  return SLUG.test(name);
}

/** Drafts are files or folders whose name starts with `_`. */
export function isDraftName(name: string): boolean {
  return name.startsWith('_');
}

/**
 * The slug of an article file, relative to the articles folder: `<slug>.md` or `<slug>/index.md`.
 * Returns `undefined` for paths that are not article files.
 */
export function slugFromEntry(entry: string): string | undefined {
  const parts = entry.split('/');
  if (parts.length === 1 && parts[0]?.endsWith('.md')) return parts[0].slice(0, -'.md'.length);
  if (parts.length === 2 && parts[1] === 'index.md') return parts[0];
  return undefined;
}
