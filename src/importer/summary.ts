/** The one-line summary printed for each imported article: what was extracted, at a glance. */
import type { ImportedArticle } from './import-input';

export function summarise({ frontmatter: f }: Pick<ImportedArticle, 'frontmatter'>): string {
  const parts = [
    `headline: ${String(f.title)}`,
    `byline: ${f.byline ?? '(none)'}`,
    `date: ${String(f.published ?? '(none)')}${f.updated ? ` (updated ${String(f.updated)})` : ''}`,
    `source: ${f.publisher ? `${f.publisher} ` : ''}<${String(f.source)}>`,
  ];
  if (f.lang) parts.push(`lang: ${String(f.lang)}`);
  if (f.image) {
    const image = f.image as Record<string, string>;
    parts.push(`image: ${image['src'] ?? '(lost)'}${image['credit'] ? ` (${image['credit']})` : ''}`);
  }
  if (Array.isArray(f.tags) && f.tags.length > 0) parts.push(`tags: ${f.tags.join(', ')}`);
  if (Array.isArray(f.related) && f.related.length > 0) parts.push(`related: ${f.related.length}`);
  return parts.join(' · ');
}
