/**
 * What Pagefind indexes for one article: a small page with the text the article page shows in
 * its `data-pagefind-body` (headline, dek, byline, body, tags) and the article's language, made
 * from the synced content instead of the built page. So indexing can run while pages are still
 * being generated, or copied unchanged from the last build.
 */
import { bodyHtml } from './article-body';
import { escapeXml } from './sharing/sitemap';

/** An article as the content store holds it. */
export interface StoredArticle {
  id: string;
  data: Record<string, unknown>;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

export interface SearchRecord {
  url: string;
  html: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? escapeXml(value) : '';
}

/** The record of one article. */
export function searchRecord(entry: StoredArticle): SearchRecord {
  const { data } = entry;
  const body = bodyHtml(entry);
  const tags = Array.isArray(data['tags']) ? data['tags'].map(text) : [];
  const html = [
    `<!doctype html><html lang="${text(data['lang']) || 'en'}"><head><meta charset="utf-8">`,
    `<title>${text(data['title'])}</title></head><body><article data-pagefind-body>`,
    `<h1>${text(data['title'])}</h1>`,
    data['dek'] ? `<p>${text(data['dek'])}</p>` : '',
    data['byline'] ? `<p>By ${text(data['byline'])}</p>` : '',
    body,
    tags.length > 0 ? `<ul>${tags.map((tag) => `<li>${tag}</li>`).join('')}</ul>` : '',
    '</article></body></html>',
  ];
  return { url: `/articles/${entry.id}/`, html: html.join('') };
}
