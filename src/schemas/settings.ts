/**
 * The site's settings: the options of the `broadsheet()` integration in `astro.config.mjs`
 * (docs/settings.md). Every field is optional; a site with none is the sample site.
 */
import { z } from 'astro/zod';
import { catalogTag } from '../i18n/catalogs';
import { CATALOGS } from '../i18n/catalogs';
import { canonicalLanguageTag, isLanguageTag } from '../lib/language';
import { isHttpUrl } from '../lib/urls';

const text = z.string().trim().min(1, 'must not be empty');

/** A file of the project, relative to its root (where `astro.config.mjs` is). */
const projectFile = text.refine(
  (path) => !/^[a-z][a-z\d+.-]*:/i.test(path),
  'must be a path to a file in the project, such as ./src/assets/logo.svg',
);

const interfaceLanguage = text
  .refine(isLanguageTag, 'must be a BCP 47 language tag such as en, ar or pt-BR')
  .transform(canonicalLanguageTag)
  .refine(
    (tag) => catalogTag(tag) !== undefined,
    `has no interface catalog; use one of ${Object.keys(CATALOGS).join(', ')} (src/i18n/catalogs/)`,
  );

/** A link's target: a page of this site (`/about/`), or an address elsewhere. */
const href = text.refine(
  (value) =>
    value.startsWith('/') ? !value.startsWith('//') : isHttpUrl(value) || /^mailto:\S+@\S+$/i.test(value),
  'must be a path of this site (/about/), an http(s):// address or a mailto: address',
);

const link = z.strictObject({
  /** The link's text, in the interface language: `About`, `Contact`, `The Herald's website`. */
  label: text,
  /** Where it leads: a path of this site (`/about/`), an `https://` or a `mailto:` address. */
  href,
  /** Where the link is shown: in the header's navigation or in the footer (the default). */
  place: z.enum(['header', 'footer']).default('footer'),
});

const logo = z.strictObject({
  /** The image file (SVG, PNG, JPEG, WebP or AVIF), relative to the project root. */
  src: projectFile,
  /** Its text alternative; default: the site's name. */
  alt: text.optional(),
  /** Whether the logo takes the name's place in the masthead (a logo that spells the name). */
  replacesName: z.boolean().default(false),
});

export const settingsSchema = z.strictObject({
  /** The site's name: masthead, `<title>`, Open Graph, JSON-LD, feeds and share cards. */
  name: text.max(80, 'must be at most 80 characters').default('Broadsheet'),
  /** One sentence saying what the site is, for the home page, link previews and feeds; default: the catalog's. */
  description: text.max(300, 'must be at most 300 characters').optional(),
  /** The language of the site's own interface (BCP 47), one with a catalog in src/i18n/catalogs/. */
  lang: interfaceLanguage.default('en'),
  /** A line at the foot of every page; default: the catalog's, naming the site. */
  footer: text.max(500, 'must be at most 500 characters').optional(),
  /** An image for the masthead. */
  logo: logo.optional(),
  /** The icon browsers show in tabs (SVG, PNG or ICO), relative to the project root; default: Broadsheet's. */
  favicon: projectFile.optional(),
  /** Where an article's canonical link points: this copy, or the original; `BROADSHEET_CANONICAL` wins. */
  canonical: z.enum(['copy', 'original']).default('copy'),
  /** The public address with its path (`https://example.org/news/`); the `SITE_URL` variable wins. */
  site: text.refine(isHttpUrl, 'must be an absolute http:// or https:// URL').optional(),
  /** Extra links for the header or footer: About, contact, the outlet's own site. */
  links: z.array(link).max(12, 'must have at most 12 links').default([]),
});

/** The settings as written in `astro.config.mjs`. */
export type SettingsInput = z.input<typeof settingsSchema>;
/** The settings with their defaults. */
export type Settings = z.output<typeof settingsSchema>;

/**
 * The settings with defaults, or an error listing every problem as `field: what is wrong`.
 */
export function parseSettings(input: unknown): { settings: Settings } | { problems: string[] } {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return { settings: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${field ? `${field}.` : ''}${key}: unknown setting (a typo?)`);
    }
    return [`${field || '(settings)'}: ${issue.message}`];
  });
  return { problems };
}
