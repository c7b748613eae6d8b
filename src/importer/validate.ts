/**
 * The importer's gate: a file is written only if the site would accept it. The rendered file is
 * read back with the site loader's own frontmatter reader and checked with the site's article
 * schema, and problems are worded the way the site words them (`file: field: what is wrong`).
 */
import { ContentError } from '../loaders/content-error';
import { parseArticleSource } from '../loaders/frontmatter';
import { schemaProblems } from '../loaders/schema-issues';
import { isSlug } from '../lib/slugs';

/** Problems the site would report for this file, one line each, naming `shown` and the field. */
export function siteProblems(text: string, slug: string | undefined, shown: string): string[] {
  const problems: string[] = [];
  if (slug === undefined || !isSlug(slug)) {
    problems.push(`${shown}: slug: neither the original URL nor the headline gives a usable slug`);
  }
  let data: Record<string, unknown>;
  try {
    data = parseArticleSource(text, shown).data;
  } catch (error) {
    return [...problems, ...(error instanceof ContentError ? error.problems : [(error as Error).message])];
  }
  // No line numbers: they would count lines of a file that is not written.
  return [...problems, ...schemaProblems(shown, data)];
}
