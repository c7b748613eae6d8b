/**
 * Field accuracy (headline, byline, date, language) against labels we keep for a corpus: a hook
 * the bench calls once per set with every imported page. No labels, nothing printed.
 */
import type { Frontmatter } from '../../src/importer/finish';

export interface ImportedPage {
  key: string;
  /** The original address, from the ground truth. */
  url?: string;
  set: 'html' | 'markdown';
  /** What the importer wrote, when it did not refuse the page. */
  frontmatter?: Frontmatter;
  /** Why the importer refused the page. */
  error?: string;
}

/** Lines of the field report for one set. */
export function fieldReport(_pages: ImportedPage[], _corpusDir: string): string[] {
  return [];
}
