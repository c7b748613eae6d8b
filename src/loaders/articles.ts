/**
 * The articles loader: Astro's `glob()` loader over `content/articles/`, guarded by the checks
 * `glob()` does not make. It refuses bad file names and two files with one slug (glob() would let
 * one silently replace the other), checks `image.src` before Astro reads it, and fails the build
 * when an article's Markdown could not be rendered (glob() logs that and publishes an empty page).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { isDraftName, isSlug, slugFromEntry } from '../lib/slugs';
import { checkImageSrc } from './image-src';

export class ContentError extends Error {
  override name = 'ContentError';
}

interface ArticleFile {
  slug: string;
  /** Path relative to the articles folder, with `/` separators. */
  entry: string;
}

/** Lists the published article files, refusing invalid names and duplicate slugs. */
export async function findArticleFiles(
  base: string,
  shown: (entry: string) => string,
): Promise<ArticleFile[]> {
  const found: ArticleFile[] = [];
  const problems: string[] = [];
  for (const dirent of await readdir(base, { withFileTypes: true })) {
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
        `${shown(entry)}: the file name is not a valid slug ("${slug}"): use lowercase ASCII letters, digits and hyphens`,
      );
      continue;
    }
    found.push({ slug, entry });
  }
  const bySlug = new Map<string, string[]>();
  for (const { slug, entry } of found) bySlug.set(slug, [...(bySlug.get(slug) ?? []), entry]);
  for (const [slug, entries] of bySlug) {
    if (entries.length > 1) {
      problems.push(
        `duplicate slug "${slug}": ${entries.map(shown).join(' and ')} would publish the same page`,
      );
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return found.sort((a, b) => a.entry.localeCompare(b.entry));
}

/** Checks `image.src` of every article before anything reads the image files. */
async function checkImages(
  base: string,
  contentRoot: string,
  files: ArticleFile[],
  shown: (entry: string) => string,
) {
  const problems: string[] = [];
  for (const { entry } of files) {
    const path = join(base, entry);
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = parseFrontmatter(await readFile(path, 'utf8')).frontmatter;
    } catch (error) {
      problems.push(`${shown(entry)}: the frontmatter is not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const image = frontmatter['image'];
    if (image === null || typeof image !== 'object' || !('src' in image)) continue;
    const problem = await checkImageSrc(path, image.src, contentRoot);
    if (problem) problems.push(`${shown(entry)}: image.src ${problem}`);
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
}

/** Fails on entries whose Markdown did not render: glob() only logs those. */
function checkRendered(context: LoaderContext, shown: (entry: string) => string, files: ArticleFile[]) {
  const entryOf = new Map(files.map((f) => [f.slug, f.entry]));
  const failed = [...context.store.values()].filter((e) => (e.body ?? '').trim() !== '' && !e.rendered?.html);
  if (failed.length > 0) {
    const names = failed.map((e) => shown(entryOf.get(e.id) ?? e.id)).join(', ');
    throw new ContentError(`${names}: the Markdown body could not be rendered (see the error above)`);
  }
}

export interface ArticlesLoaderOptions {
  /** The articles folder, relative to the project root. */
  base: string;
  /** The folder every local file an article uses must stay inside, relative to the project root. */
  contentRoot: string;
}

export function articlesLoader({ base, contentRoot }: ArticlesLoaderOptions): Loader {
  const inner = glob({
    base,
    pattern: ['*.md', '*/index.md', '!_*', '!_*/**'],
    generateId: ({ entry }) => slugFromEntry(entry) ?? entry,
  });
  return {
    name: 'broadsheet-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const baseDir = resolve(root, base);
      const shown = (entry: string) => relative(root, join(baseDir, entry));
      const files = await findArticleFiles(baseDir, shown);
      await checkImages(baseDir, resolve(root, contentRoot), files, shown);
      await inner.load(context);
      checkRendered(context, shown, files);
    },
  };
}
