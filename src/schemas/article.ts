/**
 * The content format (docs/content-format.md) as one schema: the site validates every article
 * with it, and the importer validates what it writes with the same schema.
 */
import { z } from 'astro/zod';
import { normaliseDate } from '../lib/dates';
import { canonicalLanguageTag, isLanguageTag } from '../lib/language';
import { isHttpUrl, writableUrl } from '../lib/urls';
import { displayedText } from './text';

const text = displayedText;

const httpUrl = z
  .string()
  .trim()
  .refine(isHttpUrl, 'must be an absolute http:// or https:// URL')
  .transform(writableUrl);

const isoDate = z.string().transform((value, ctx) => {
  const iso = normaliseDate(value);
  if (iso === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an ISO 8601 date (2025-07-01) or date-time (2025-07-01T10:45:00+03:00)',
    });
    return z.NEVER;
  }
  return iso;
});

const languageTag = z
  .string()
  .trim()
  .refine(isLanguageTag, 'must be a BCP 47 language tag such as en, ar or pt-BR')
  .transform(canonicalLanguageTag);

const related = z.strictObject({
  /** Headline of the related article, as the original printed it. */
  title: text,
  /** Its address; missing when the copy lost the link. */
  url: httpUrl.optional(),
});

/**
 * Builds the article schema around an image field: Astro's `image()` helper in the site, a plain
 * path for tools that run outside Astro.
 */
export function createArticleSchema<Src extends z.ZodType>(imageSrc: Src) {
  const image = z
    .strictObject({
      /** A local image file, relative to the Markdown file, inside `content/`. */
      src: imageSrc.optional(),
      /** Text alternative; required with `src`. */
      alt: text.optional(),
      /** Caption, may contain inline Markdown (emphasis, links). */
      caption: text.optional(),
      /** Photographer or agency, e.g. `KCNA`. */
      credit: text.optional(),
    })
    .superRefine((value, ctx) => {
      if (value.src !== undefined && value.alt === undefined) {
        ctx.addIssue({ code: 'custom', path: ['alt'], message: 'is required when image.src is set' });
      }
      if (value.src === undefined && value.caption === undefined && value.credit === undefined) {
        ctx.addIssue({ code: 'custom', message: 'needs at least one of src, caption or credit' });
      }
    });

  return z.strictObject({
    /** The headline, as published. */
    title: text,
    /** Standfirst / sub-headline. */
    dek: text.optional(),
    /** The byline as printed, without "By": `AFP`, `Jane Doe and John Roe`. */
    byline: text.optional(),
    /** People or agencies, for structured data; defaults to `[byline]`. */
    authors: z.array(text).optional(),
    /** The outlet that published the original, e.g. `The Moscow Times`. */
    publisher: text.optional(),
    /** The original article's address. */
    source: httpUrl,
    /** When the original was published. */
    published: isoDate,
    /** Last update of the original. */
    updated: isoDate.optional(),
    /** When this copy was made. */
    archived: isoDate.optional(),
    /** Summary for link previews and feeds; default: dek, else the first paragraph. */
    description: text.optional(),
    /** The lead image; without `src` it records a picture the copy lost. */
    image: image.optional(),
    /** Topics. */
    tags: z.array(text).default([]),
    /** Language of the article (BCP 47); right-to-left languages render right-to-left. */
    lang: languageTag.default('en'),
    /** Related articles named by the original. */
    related: z.array(related).default([]),
  });
}

/** The schema with `image.src` as a plain relative path, for use outside Astro. */
export const articleSchema = createArticleSchema(text);

export type ArticleFrontmatter = z.input<typeof articleSchema>;
