/**
 * Renders Markdown exactly as a build does: `renderBody()`, which the articles loader runs on
 * its worker threads (the lean chain, or Astro's processor for bodies with images).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseFragment, serialize } from 'parse5';
import { visit } from 'unist-util-visit';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { renderBody } from '../../../src/markdown/body';
import { markdownOptions } from '../../../src/markdown/pipeline';
import { rehypeBodyImages } from '../../../src/markdown/rehype-body-images';

/** The body HTML of an article file whose Markdown is `markdown`. */
export async function renderArticle(markdown: string): Promise<string> {
  // A file path, as in a build: Astro only collects local images of files it knows the path of.
  const { html = '' } = await renderBody({
    body: markdown,
    frontmatter: {},
    filePath: '/site/content/articles/hostile.md',
    image: {},
  });
  return html.trim();
}

/**
 * `html` as a browser reads it, written back out: two spellings of the same document, such as
 * `data-footnotes` and `data-footnotes=""`, come out the same.
 */
export const asRead = (html: string): string => serialize(parseFragment(html));

/** Every element of `html` as a browser would parse it inside the article body. */
export function elementsOf(html: string): Element[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

/**
 * Astro's processor with the site's pipeline, as it renders bodies with pictures, for articles
 * in a test's own `contentRoot` (the folder their pictures must stay inside).
 */
export function pictureProcessor(contentRoot: string): ReturnType<typeof createMarkdownProcessor> {
  return createMarkdownProcessor({
    ...markdownOptions,
    syntaxHighlight: false,
    rehypePlugins: markdownOptions.rehypePlugins.map((plugin) =>
      plugin === rehypeBodyImages ? [rehypeBodyImages, { contentRoot }] : plugin,
    ),
  });
}
