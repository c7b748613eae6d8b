/**
 * Slugs, one rule for every URL segment made from a name: words transliterated to lowercase ASCII
 * (`transliteration` covers Latin diacritics, Cyrillic, Greek, Arabic, Han, kana, Hangul…),
 * joined by hyphens and cut at a word. Article slugs are file names (the importer makes them
 * with `toSlug`); tag and publisher slugs add what keeps them unique (`nameSlug`).
 */
import { createHash } from 'node:crypto';
import { slugify } from 'transliteration';

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

/** ASCII slug of any text, cut at a word within `maxLength`; `''` when nothing readable is left. */
export function toSlug(text: string, maxLength = 80): string {
  const slug = slugify(text.normalize('NFKC'), { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-$/, '');
}

/** Longest readable part of a name's slug; with its hash a slug stays under 70 characters. */
const NAME_SLUG_LENGTH = 60;

// Letters and digits a transliteration can lose or confuse: any outside the Latin script and
// ASCII digits (交通 and 焦通 are both `jiao-tong`, Cyrillic е and э both `e`).
const LOSSY = /[[\p{L}\p{N}]--[\p{Script=Latin}0-9]]/v;

/**
 * The URL segment of a tag or publisher name (`Women's Sport` → `womens-sport`). Spellings that differ only in case, spacing,
 * Unicode normalization or Latin accents share it (`Le Progrès`, `le progres`); so do names
 * that differ only in punctuation. When the readable slug cannot stand for the name alone (the
 * name has letters of another script, or was cut short, or has no letters or digits at all) a
 * short hash of the name is added, so the slug stays unique, bounded and never empty, and it
 * depends on the name alone, so it never changes when other articles come and go.
 */
export function nameSlug(name: string): string {
  const key = name
    .normalize('NFC')
    .trim()
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    // One word, as names are read: women's, o'reilly, u.s. (not 3.5).
    .replace(/(?<=\p{L})['’ʼ.](?=\p{L})/gu, '');
  const whole = toSlug(key, Infinity);
  const readable = toSlug(key, NAME_SLUG_LENGTH);
  if (readable !== '' && readable === whole && !LOSSY.test(key)) return readable;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${readable || 'x'}-${hash}`;
}
