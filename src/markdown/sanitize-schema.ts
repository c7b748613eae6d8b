/**
 * What article HTML may contain: GitHub's allow-list, narrowed. No script, style, forms, frames
 * or embedded documents; links only to the web and mail; images only from files next to the
 * article (off-site ones were already turned into links); ids and names prefixed so they cannot
 * clobber page globals.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

export const CLOBBER_PREFIX = 'user-content-';

const dropped = new Set(['input', 'picture', 'source']);
// Attributes GitHub allows on every element that an article has no use for.
const droppedEverywhere = new Set([
  'accessKey',
  'action',
  'tabIndex',
  'method',
  'encType',
  'accept',
  'acceptCharset',
  'prompt',
  // Image maps: <map> and <area> are dropped, so nothing may point at them.
  'useMap',
  'isMap',
  // Sizes and spacing are the stylesheet's: `<hr width=5000>` or `<td nowrap>` would widen the page.
  'width',
  'height',
  'size',
  'hSpace',
  'noWrap',
  // Microdata: content must not plant a second NewsArticle (or anything else) in our page.
  'itemProp',
]);

const everywhere = (defaultSchema.attributes?.['*'] ?? []).filter(
  (a) => !droppedEverywhere.has(typeof a === 'string' ? a : a[0]),
);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? [])
    .filter((t) => !dropped.has(t))
    .concat(['figure', 'figcaption', 'mark', 'small', 'abbr', 'time']),
  attributes: {
    ...defaultSchema.attributes,
    '*': everywhere,
    a: [
      'href',
      'ariaDescribedBy',
      'ariaLabel',
      'ariaLabelledBy',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['rel', 'noopener', 'noreferrer'],
      ['className', 'offsite-image', 'data-footnote-backref'],
    ],
    // An image's own size stays: it reserves its box (the stylesheet caps it at the column).
    img: ['src', 'alt', 'title', 'width', 'height'],
    div: [],
    input: [],
    source: [],
  },
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
  required: {},
  // Elements whose text must not leak into the page as prose when the element is dropped.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'textarea',
    'select',
    'title',
    'frameset',
    'noembed',
    'noframes',
    'xmp',
  ],
  clobberPrefix: CLOBBER_PREFIX,
};

/** For one line of inline Markdown (captions): block elements are unwrapped, their text kept. */
export const inlineSanitizeSchema: Schema = {
  ...sanitizeSchema,
  tagNames: ['a', 'abbr', 'b', 'br', 'code', 'del', 'em', 'i', 'mark', 'small', 'strong', 'sub', 'sup'],
};
