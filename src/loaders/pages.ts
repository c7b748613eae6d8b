/**
 * The static pages loader, for `content/pages/<slug>.md` (About, Corrections…): Astro's glob
 * loader, rendered with the site's Markdown pipeline (sanitized like articles). The folder is
 * optional. File names must be slugs that no page of the site uses (`tags`, `2`…), checked
 * before anything is loaded, every problem named by file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { isDraftName, isSlug } from '../lib/slugs';
import { ContentError, problemList } from './content-error';
import { shownFileName } from './field-names';
import { parseArticleSource } from './frontmatter';

/** Top-level folders the site writes itself; a page may not take their address. */
export const RESERVED_PAGE_SLUGS = [
  'articles',
  'cards',
  'months',
  'pagefind',
  'publishers',
  'search',
  'tags',
];

/** What is wrong with the names of the files in the pages folder, one line per file. */
export function pageNameProblems(names: readonly string[], shown: (name: string) => string): string[] {
  return names.flatMap((name) => {
    if (isDraftName(name) || name.startsWith('.')) return [];
    if (!name.endsWith('.md')) return [];
    const slug = name.slice(0, -'.md'.length);
    if (!isSlug(slug)) {
      return [
        `${shownFileName(shown(name))}: file name: must be a slug (lowercase ASCII letters, digits and hyphens)`,
      ];
    }
    if (RESERVED_PAGE_SLUGS.includes(slug) || /^\d+$/.test(slug)) {
      return [`${shown(name)}: file name: "${slug}" is an address the site uses itself; choose another`];
    }
    return [];
  });
}

/**
 * What is wrong with the frontmatter of the pages in `dir`, read as articles' is: Astro's own
 * reader would name no file and count lines in the block, not the file.
 */
export function pageFrontmatterProblems(
  dir: string,
  names: readonly string[],
  shown: (name: string) => string,
): string[] {
  return names.flatMap((name) => {
    if (isDraftName(name) || name.startsWith('.') || !name.endsWith('.md')) return [];
    try {
      parseArticleSource(readFileSync(join(dir, name), 'utf8'), shown(name));
      return [];
    } catch (error) {
      return error instanceof ContentError ? [...error.problems] : [(error as Error).message];
    }
  });
}

export function pagesLoader({ base }: { base: string }): Loader {
  const inner = glob({
    pattern: '[!_]*.md',
    base,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  });
  return {
    name: 'broadsheet-pages',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      // No folder, no pages: the sample site has none, and says nothing about it.
      if (!existsSync(dir)) {
        context.store.clear();
        return;
      }
      const names = await readdir(dir);
      const shown = (name: string) => relative(root, join(dir, name));
      const problems = [...pageNameProblems(names, shown), ...pageFrontmatterProblems(dir, names, shown)];
      if (problems.length > 0) {
        throw new ContentError(problemList('Invalid pages', problems));
      }
      await inner.load(context);
    },
  };
}
