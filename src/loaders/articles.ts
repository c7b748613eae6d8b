/**
 * The articles loader: Astro's `glob()` loader over `content/articles/`, guarded by the checks
 * `glob()` does not make. Before anything is loaded it validates every file and reports every
 * problem at once, by file and field: bad file names, two files with one slug (glob() would let
 * one silently replace the other), schema errors, and `image.src` paths (checked before Astro
 * reads the image). Frontmatter is read as YAML 1.2 (./frontmatter.ts). After loading, it fails
 * the build when an article's Markdown could not be rendered: glob() only logs that and would
 * publish an empty page.
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { slugFromEntry } from '../lib/slugs';
import { ContentError } from './content-error';
import { parseArticleSource } from './frontmatter';
import { type ArticleFile, type ParsedArticle, validateArticles } from './validate';

/** Fails on entries whose Markdown did not render: glob() only logs those. */
function checkRendered(context: LoaderContext, files: ArticleFile[], shown: (entry: string) => string) {
  const entryOf = new Map(files.map((f) => [f.slug, f.entry]));
  const failed = [...context.store.values()].filter((e) => (e.body ?? '').trim() !== '' && !e.rendered?.html);
  if (failed.length > 0) {
    const names = failed.map((e) => shown(entryOf.get(e.id) ?? e.id)).join(', ');
    throw new ContentError(`${names}: the Markdown body could not be rendered (see the error above)`);
  }
}

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<Record<string, unknown>>;
}
/** `entryTypes` is passed to loaders but not part of the public `LoaderContext` type. */
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * The context glob() gets: `.md` frontmatter read by `parseArticleSource`, not YAML 1.1, reusing
 * what validation already parsed when the file is unchanged.
 */
function withYaml12(context: LoaderContext, root: string, parsed: Map<string, ParsedArticle>): LoaderContext {
  const { entryTypes } = context as ContextWithEntryTypes;
  const markdown = entryTypes.get('.md');
  if (!markdown) return context;
  const patched = new Map(entryTypes);
  patched.set('.md', {
    ...markdown,
    async getEntryInfo({ contents, fileUrl }) {
      const path = fileURLToPath(fileUrl);
      const known = parsed.get(path);
      const { data, body, rawData } =
        known?.contents === contents ? known.source : parseArticleSource(contents, relative(root, path));
      return { data, body, rawData };
    },
  });
  return { ...context, entryTypes: patched } as ContextWithEntryTypes;
}

export interface ArticlesLoaderOptions {
  /** The articles folder, relative to the project root (or absolute). */
  base: string;
  /** The folder every local file an article uses must stay inside. */
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
      const { files, problems, parsed } = await validateArticles(baseDir, resolve(root, contentRoot), shown);
      if (problems.length > 0) {
        throw new ContentError(`Invalid content (${problems.length} problems):\n${problems.join('\n')}`);
      }
      await inner.load(withYaml12(context, root, parsed));
      checkRendered(context, files, shown);
    },
  };
}
