/**
 * Renders Markdown exactly as Astro does in a build: the article pipeline through
 * `@astrojs/markdown-remark`, with Astro's own passes appended after ours.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { markdownOptions } from '../../../src/markdown/pipeline';

let renderer: Promise<MarkdownRenderer> | undefined;

/** The body HTML of an article file whose Markdown is `markdown`. */
export async function renderArticle(markdown: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  // A file URL, as in a build: Astro only collects local images of files it knows the path of.
  const { code } = await (
    await renderer
  ).render(markdown, {
    fileURL: new URL('file:///site/content/articles/hostile.md'),
  });
  return code.trim();
}

/** Every element of `html` as a browser would parse it inside the article body. */
export function elementsOf(html: string): Element[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}
