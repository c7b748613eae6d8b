/**
 * Completes a draft with what is known only once the whole input is read: related links resolved
 * against the source, the publisher, the language and the slug; then orders the fields the way
 * the content format lists them, so every import of the same input writes the same bytes.
 */
import type { ArticleFrontmatter } from '../schemas/article';
import type { ArticleDraft } from './draft';
import { detectLanguage } from './language';
import { linkTextOnly } from './links';
import { resolveRelatedUrl } from './related';
import { articleSlug } from './slug';
import { dateInUrl } from './url-date';
import { parseIsoDate } from '../lib/dates';

export interface ImportOptions {
  /** Overrides the publisher the copy names (`--publisher`). */
  publisher?: string;
  /** Overrides the detected language (BCP 47). */
  lang?: string;
  /** The original address, used when the copy states none (`--source`). */
  source?: string;
  /** The publication date (ISO 8601), used when the copy states none (`--published`). */
  published?: string;
  /** The day this copy was archived (`YYYY-MM-DD`), used when the copy does not say. */
  archived?: string;
}

/** Frontmatter as written: every field optional until the site's schema checks the file. */
export type Frontmatter = { [K in keyof ArticleFrontmatter]?: Exclude<ArticleFrontmatter[K], undefined> };

export interface FinishedArticle {
  slug?: string;
  /** The fields to write, in the content format's order; absent fields are left out. */
  frontmatter: Frontmatter;
  body: string;
  /** A local image to copy beside the article, with the name it gets there. */
  imageFile?: { from: string; name: string };
  /** The body's pictures to copy beside the article, at the paths the body names them by. */
  bodyFiles?: { from: string; name: string }[];
  warnings: string[];
  /** Fields to check, worded `field: why`: guessed, missing, or given on the command line. */
  toCheck: string[];
}

/** Drops `undefined` fields so they are not written as `null`. */
function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The publication date, when the input states none: the update date (some outlets print only
 * that), else the day in the original address. Both are the best the input has, and said so.
 */
function publicationDate(
  draft: ArticleDraft,
  source: string | undefined,
  given: string | undefined,
  warnings: string[],
  toCheck: string[],
): Pick<ArticleDraft, 'published' | 'updated'> {
  const { published, updated } = draft;
  if (published !== undefined) return { published, ...(updated !== undefined && { updated }) };
  if (given !== undefined) {
    toCheck.push('published: from --published');
    return { published: given, ...(updated !== undefined && { updated }) };
  }
  if (updated !== undefined) {
    warnings.push('published: the copy prints only when it was updated; that date is used');
    toCheck.push('published: the update time');
    return { published: updated };
  }
  const day = source === undefined ? undefined : dateInUrl(source);
  if (day !== undefined) {
    warnings.push(`published: the copy prints no date; ${day} is read from the original address`);
    toCheck.push('published: read from the address');
  }
  return day === undefined ? {} : { published: day };
}

// Days a stated date may lie from the day in the address (time zones, a late upload, an update).
const MAX_ADDRESS_GAP_DAYS = 2;

/**
 * A stated date that contradicts the day in the original address (`date: 2022-…` on
 * `/2026/feb/20/`): kept, since the copy states it, but reported for the person to check.
 */
function contradiction(published: string | undefined, source: string | undefined): string | undefined {
  const day = source === undefined ? undefined : dateInUrl(source);
  const stated = published === undefined ? undefined : parseIsoDate(published)?.date;
  if (day === undefined || stated === undefined) return undefined;
  const gap = Math.abs(Date.parse(`${stated}T00:00Z`) - Date.parse(`${day}T00:00Z`)) / 86_400_000;
  return gap > MAX_ADDRESS_GAP_DAYS ? day : undefined;
}

/** The original address: the copy's own, else `--source` (a differing `--source` is noted). */
function originalAddress(
  draft: ArticleDraft,
  given: string | undefined,
  toCheck: string[],
): string | undefined {
  if (draft.source === undefined) {
    if (given !== undefined) toCheck.push('source: from --source');
    return given;
  }
  if (given !== undefined && given !== draft.source) {
    toCheck.push(`source: the copy's own address is kept, not --source ${given}`);
  }
  return draft.source;
}

/** Turns a draft into frontmatter in canonical field order, plus the slug and body. */
export function finishDraft(draft: ArticleDraft, options: ImportOptions = {}): FinishedArticle {
  const toCheck = [...(draft.guessed ?? [])];
  const source = originalAddress(draft, options.source, toCheck);
  const related = draft.related.map(({ title, url }) => {
    const resolved = url === undefined ? undefined : resolveRelatedUrl(url, source);
    return resolved === undefined ? { title } : { title, url: resolved };
  });
  const authors = draft.authors && draft.authors.length > 0 ? [...new Set(draft.authors)] : undefined;
  // `authors` defaults to `[byline]`: write it only when it says something the byline does not.
  const writeAuthors = authors && !(draft.byline !== undefined && sameList(authors, [draft.byline]));
  const lang = options.lang ?? draft.lang ?? detectLanguage(`${draft.title}\n\n${draft.body}`);
  const publisher = options.publisher ?? draft.publisher;
  const slug = articleSlug(source, draft.title);

  const warnings = [...draft.warnings];
  const { published, updated } = publicationDate(draft, source, options.published, warnings, toCheck);
  if (draft.byline === undefined) toCheck.push('byline: none found');
  const addressDay = draft.published === undefined ? undefined : contradiction(published, source);
  if (addressDay !== undefined) {
    warnings.push(
      `published: the copy states ${String(published)}, but its address says ${addressDay}: check it`,
    );
    toCheck.push('published: contradicts the address');
  }
  if (
    draft.published !== undefined &&
    options.published !== undefined &&
    draft.published !== options.published
  ) {
    toCheck.push(`published: the copy's own date is kept, not --published ${options.published}`);
  }
  let image: Frontmatter['image'];
  let imageFile: FinishedArticle['imageFile'];
  if (draft.image) {
    const { file, caption, credit } = draft.image;
    const name = file && slug ? (draft.image.name ?? imageName(file)) : undefined;
    // Without its own alt text a picture is described by its caption, in plain words.
    const alt =
      draft.image.alt ?? (caption === undefined ? undefined : linkTextOnly(caption).replace(/[*_`]/g, ''));
    if (file && name && alt) imageFile = { from: file, name };
    else if (file)
      warnings.push(`lead image ${file} not copied: it has no alt text or caption to describe it`);
    image = defined({
      src: imageFile && `./${imageFile.name}`,
      alt: imageFile && alt,
      caption,
      credit,
    });
    if (Object.keys(image).length === 0) image = undefined;
  }

  const frontmatter = defined({
    title: draft.title,
    dek: draft.dek,
    byline: draft.byline,
    authors: writeAuthors ? authors : undefined,
    publisher,
    source,
    published,
    updated,
    archived: draft.archived ?? options.archived,
    description: draft.description,
    image,
    tags: draft.tags && draft.tags.length > 0 ? [...new Set(draft.tags)] : undefined,
    lang: lang === 'en' ? undefined : lang,
    related: related.length > 0 ? related : undefined,
  });
  return {
    ...(slug ? { slug } : {}),
    frontmatter,
    body: draft.body,
    ...(imageFile ? { imageFile } : {}),
    ...(draft.bodyFiles && draft.bodyFiles.length > 0 ? { bodyFiles: draft.bodyFiles } : {}),
    warnings,
    toCheck,
  };
}

/** The file name a lead image gets next to the article: its own name, made slug-safe. */
function imageName(file: string): string | undefined {
  const base = file.split(/[\\/]/).at(-1) ?? '';
  const m = /^(.*?)(\.[a-z0-9]+)?$/i.exec(base);
  const ext = (m?.[2] ?? '').toLowerCase();
  if (!/^\.(?:jpe?g|png|gif|webp|avif)$/.test(ext)) return undefined;
  const stem = (m?.[1] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem || 'image'}${ext}`;
}
