/**
 * Validation of the articles folder before Astro loads anything: file names, duplicate slugs,
 * frontmatter against the schema, and lead image paths. Every problem is returned, one line each,
 * naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDraftName, isSlug, slugFromEntry } from '../lib/slugs';
import { articleSchema } from '../schemas/article';
import { type ArticleSource, parseArticleSource } from './frontmatter';
import { checkImageSrc } from './image-src';
import { formatSchemaIssues } from './schema-issues';

export interface ArticleFile {
  slug: string;
  /** Path relative to the articles folder, with `/` separators. */
  entry: string;
}

/** Lists the published article files, refusing invalid names and duplicate slugs. */
export async function findArticleFiles(
  base: string,
  shown: (entry: string) => string,
): Promise<{ files: ArticleFile[]; problems: string[] }> {
  const files: ArticleFile[] = [];
  const problems: string[] = [];
  const dirents = await readdir(base, { withFileTypes: true }).catch(() => []);
  for (const dirent of dirents) {
    const name = dirent.name;
    if (isDraftName(name) || name.startsWith('.')) continue;
    let entry: string | undefined;
    if (dirent.isDirectory()) {
      const inner: string[] = await readdir(join(base, name)).catch(() => []);
      if (inner.includes('index.md')) entry = `${name}/index.md`;
    } else if (name.endsWith('.md')) {
      entry = name;
    }
    if (entry === undefined) continue;
    const slug = slugFromEntry(entry) ?? '';
    if (!isSlug(slug)) {
      problems.push(
        `${shown(entry)}: the name "${slug}" is not a valid slug: use lowercase ASCII letters, digits and hyphens`,
      );
      continue;
    }
    files.push({ slug, entry });
  }
  files.sort((a, b) => a.entry.localeCompare(b.entry));
  const bySlug = new Map<string, string[]>();
  for (const { slug, entry } of files) bySlug.set(slug, [...(bySlug.get(slug) ?? []), entry]);
  for (const [slug, entries] of bySlug) {
    if (entries.length > 1) {
      problems.push(
        `duplicate slug "${slug}": ${entries.map(shown).join(' and ')} would publish the same page`,
      );
    }
  }
  return { files, problems };
}

/** An article file as read during validation, so the loader need not read and parse it again. */
export interface ParsedArticle {
  contents: string;
  source: ArticleSource;
}

/**
 * Validates one article file without loading images; returns its problems, one line each, and
 * hands what it parsed to `onParsed` before checking it.
 */
export async function checkArticle(
  path: string,
  shownPath: string,
  contentRoot: string,
  onParsed?: (article: ParsedArticle) => void,
): Promise<string[]> {
  let source: ArticleSource;
  try {
    // Read at once: through the thread pool, checking 10,000 files took 3.4 s instead of 1.6 s.
    const contents = readFileSync(path, 'utf8');
    source = parseArticleSource(contents, shownPath);
    onParsed?.({ contents, source });
  } catch (error) {
    return [(error as Error).message];
  }
  const problems = [];
  const result = articleSchema.safeParse(source.data);
  if (!result.success) problems.push(...formatSchemaIssues(shownPath, result.error.issues));
  const image = source.data['image'];
  if (image !== null && typeof image === 'object' && 'src' in image) {
    const problem = await checkImageSrc(path, image.src, contentRoot);
    if (problem) problems.push(`${shownPath}: image.src ${problem}`);
  }
  return problems;
}

/**
 * Validates every article in `base`. `shown` turns a path relative to `base` into the name used in
 * messages (relative to the project root). Each file is handed to `onParsed` as soon as it is
 * read, so work on it can start while the others are checked.
 */
export async function validateArticles(
  base: string,
  contentRoot: string,
  shown: (entry: string) => string,
  onParsed?: (file: ArticleFile, path: string, article: ParsedArticle) => void,
): Promise<{ files: ArticleFile[]; problems: string[] }> {
  const { files, problems } = await findArticleFiles(base, shown);
  const checks = await Promise.all(
    files.map((file) => {
      const path = join(base, file.entry);
      return checkArticle(path, shown(file.entry), contentRoot, (article) => onParsed?.(file, path, article));
    }),
  );
  return { files, problems: [...problems, ...checks.flat()] };
}
