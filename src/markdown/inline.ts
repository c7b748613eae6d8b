/**
 * Inline Markdown from frontmatter (captions) rendered with the article pipeline, but sanitized
 * with an inline-only allow-list: block elements are unwrapped by the sanitizer itself.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { markdownOptions } from './pipeline';
import { inlineSanitizeSchema } from './sanitize-schema';

let renderer: Promise<MarkdownRenderer> | undefined;

export async function renderInlineMarkdown(markdown: string): Promise<string> {
  renderer ??= createMarkdownProcessor({
    ...markdownOptions,
    syntaxHighlight: false,
    rehypePlugins: markdownOptions.rehypePlugins.map((plugin) =>
      Array.isArray(plugin) && plugin[0] === rehypeSanitize ? [rehypeSanitize, inlineSanitizeSchema] : plugin,
    ),
  });
  const { code } = await (await renderer).render(markdown);
  return code.trim();
}
