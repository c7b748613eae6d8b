/**
 * An article's rendered body and summary text, where the loader left them
 * (src/loaders/articles.ts): the HTML in a body file, or in the store for articles with body
 * pictures, which Astro still has to resolve.
 */
import { readFile } from 'node:fs/promises';

interface Rendered {
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

/** The plain text of the article's first paragraph ("" when it has none). */
export function firstParagraphOf(article: Rendered): string {
  const text = article.rendered?.metadata?.['firstParagraph'];
  return typeof text === 'string' ? text : '';
}

/** The body file, or `undefined` when the HTML is in the store (see `render()` in astro:content). */
export function bodyFileOf(article: Rendered): string | undefined {
  const file = article.rendered?.metadata?.['bodyFile'];
  return typeof file === 'string' ? file : undefined;
}

/** The sanitized body HTML; body pictures are still Astro's placeholders in it. */
export async function bodyHtml(article: Rendered): Promise<string> {
  const file = bodyFileOf(article);
  return file === undefined ? (article.rendered?.html ?? '') : readFile(file, 'utf8');
}
