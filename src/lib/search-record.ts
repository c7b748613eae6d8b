/**
 * What Pagefind indexes for one article, made from the synced content instead of the built page
 * (so indexing can run while pages are still being generated, or copied unchanged from the last
 * build). The body is the indexed text, the only text excerpts are cut from; headline, dek,
 * byline, publisher and tags are fields of their own (Pagefind metadata, searched with the
 * weights of ./search-fields.ts), so an excerpt never repeats them. Date and publisher come
 * with each result, to be shown beside it.
 */
import { bodyHtml } from './article-body';
import { formatHumanDate } from './dates';
import type { SearchMeta } from './search-fields';
import { escapeXml } from './sharing/sitemap';
import { displayHost } from './urls';

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

function field(name: keyof SearchMeta, value: string): string {
  return value === '' ? '' : `<p data-pagefind-meta="${name}">${value}</p>`;
}

/** The record of one article. */
export function searchRecord(entry: StoredArticle): SearchRecord {
  const { data } = entry;
  const tags = Array.isArray(data['tags']) ? data['tags'].map(text).join(', ') : '';
  const published = typeof data['published'] === 'string' ? data['published'] : '';
  const title = text(data['title']);
  const source = data['source'];
  // Pagefind leaves out a page with no text to index: a headline stands in for an empty body.
  const body = bodyHtml(entry).trim() || `<p>${title}</p>`;
  const html = [
    `<!doctype html><html lang="${text(data['lang']) || 'en'}"><head><meta charset="utf-8"></head><body>`,
    field('title', title),
    field('dek', text(data['dek'])),
    field('byline', text(data['byline'])),
    field('publisher', text(data['publisher'] ?? (typeof source === 'string' ? displayHost(source) : ''))),
    field('tags', tags),
    field('date', published && escapeXml(formatHumanDate(published))),
    field('datetime', escapeXml(published)),
    `<article data-pagefind-body>${body}</article>`,
    '</body></html>',
  ];
  return { url: `/articles/${entry.id}/`, html: html.join('') };
}
