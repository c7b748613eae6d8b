/**
 * A static page of the site (`content/pages/<slug>.md`: About, Corrections…), one doc comment
 * per field. Its Markdown goes through the articles' sanitizing pipeline.
 */
import { z } from 'astro/zod';
import { canonicalLanguageTag, isLanguageTag } from '../lib/language';
import { displayedText } from './text';

const text = z.string().trim().min(1, 'must not be empty');

export const pageSchema = z.strictObject({
  /** The page's heading and `<title>`. */
  title: displayedText.max(120, 'must be at most 120 characters'),
  /** The link's text in the header or footer, when shorter than the title ("About"). */
  label: displayedText.max(40, 'must be at most 40 characters').optional(),
  /** Summary for link previews and search engines. */
  description: displayedText.max(300, 'must be at most 300 characters').optional(),
  /** The page's language (BCP 47); default: the site's interface language. */
  lang: text
    .refine(isLanguageTag, 'must be a BCP 47 language tag such as en, ar or pt-BR')
    .transform(canonicalLanguageTag)
    .optional(),
  /** Where the page is linked: in the header's navigation, in the footer (the default), or nowhere. */
  menu: z.enum(['header', 'footer', 'none']).default('footer'),
  /** Its place among the links beside it: lower first, then by title. */
  order: z.number().int().default(0),
});

export type PageData = z.output<typeof pageSchema>;
