/**
 * The Markdown pipeline, in order. Article Markdown is scraped from the web and untrusted.
 *
 * remark (Markdown tree): parse very long bodies a part at a time; keep raw HTML that never closes
 * from hiding the text after it, and form tags from moving it; cap nesting depth (deeper trees
 * overflow the stack of every later step); turn images Astro could not decode into text.
 * rehype (HTML tree): parse raw HTML (rehype-raw) so that everything after sees real elements, and
 * cap its depth too;
 * reshape links, images and ids; then sanitize LAST, so nothing we add can slip past it.
 * After our plugins Astro appends its own passes (local images, heading ids it keeps as we set
 * them, a no-op rehype-raw); none of them adds markup from the content.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeBodyImages } from './rehype-body-images';
import { rehypeDepthLimit } from './rehype-depth-limit';
import { rehypeExternalLinks } from './rehype-external-links';
import { rehypeFragmentLinks } from './rehype-fragment-links';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { rehypeImageMarkerText } from './rehype-image-marker-text';
import { rehypeOffsiteMedia } from './rehype-offsite-media';
import { rehypePlaceholderLinks } from './rehype-placeholder-links';
import { rehypeRawBounded } from './rehype-raw-bounded';
import { rehypeRootRelativeLinks } from './rehype-root-relative-links';
import { remarkChunkedParse } from './remark-chunked-parse';
import { remarkDepthLimit } from './remark-depth-limit';
import { remarkFormTags } from './remark-form-tags';
import { remarkNestingGuard } from './remark-nesting-guard';
import { remarkUnclosedHtml } from './remark-unclosed-html';
import { remarkUndecodableImages } from './remark-undecodable-images';
import { rehypeControlCharacters } from './rehype-control-characters';
import { rehypeHiddenText } from './rehype-hidden-text';
import { rehypeUniqueIds } from './rehype-unique-ids';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema';

export const markdownOptions = {
  gfm: true,
  // Keep the copy's punctuation exactly as printed.
  smartypants: false,
  // The guard wraps the parser: it cuts absurdly nested lines back before they are parsed; very
  // long bodies are parsed a part at a time.
  remarkPlugins: [
    remarkNestingGuard,
    remarkChunkedParse,
    remarkUnclosedHtml,
    remarkFormTags,
    remarkDepthLimit,
    remarkUndecodableImages,
  ],
  // Footnote ids get their prefix from the sanitizer, like every other id.
  remarkRehype: { clobberPrefix: '' },
  rehypePlugins: [
    // rehype-raw, falling back to text for raw HTML too deeply nested to parse; then a depth cap.
    rehypeRawBounded,
    rehypeDepthLimit,
    rehypeControlCharacters,
    rehypeOffsiteMedia,
    rehypePlaceholderLinks,
    rehypeHeadingIds,
    [rehypeFragmentLinks, { prefix: CLOBBER_PREFIX }],
    // Before external links: links scraped from the original become absolute links to it.
    rehypeRootRelativeLinks,
    rehypeExternalLinks,
    [rehypeSanitize, sanitizeSchema],
    // After the sanitizer: only the footnote label may stay hidden from sighted readers, and
    // no id may name two elements.
    rehypeHiddenText,
    rehypeUniqueIds,
    // After the sanitizer: wraps the local images it kept in <picture> (see the file).
    rehypeBodyImages,
    // Last: prose must not read as Astro's picture markers (see the file).
    rehypeImageMarkerText,
  ],
} satisfies UnifiedProcessorOptions;
