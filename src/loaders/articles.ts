/**
 * The articles loader, for `content/articles/<slug>.md` and `<slug>/index.md`.
 *
 * Before anything is stored it validates every file and reports every problem at once, by file
 * and field (./validate.ts): bad file names, two files with one slug, schema errors and
 * `image.src` paths. Frontmatter is read as YAML 1.2 (./frontmatter.ts).
 *
 * Only new and changed files (by digest) are rendered, each as soon as validation has read it:
 * on worker threads when there are many (./render-pool.ts), in the build's own thread for a few.
 * Nothing is stored until every file is valid. Bodies are kept in files (./body-files.ts), not
 * in the store, which Astro bundles and holds in memory whole; only bodies with pictures stay in
 * the store, where Astro resolves the pictures. A body that fails to render fails the build,
 * naming the file.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type RenderedBody, renderBody } from '../markdown/body';
import { articlesSynced } from '../integrations/build-channel';
import { bodyFileOf } from '../lib/article-body';
import { codeVersion } from '../lib/code-version';
import { bodyFiles } from './body-files';
import { ContentError } from './content-error';
import { createBodyRenderer } from './render-pool';
import { type ArticleFile, type ParsedArticle, validateArticles } from './validate';

/** Below this many bodies to render, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 16;

/** Loaders get this method too (glob() uses it), but it is not in the public `DataStore` type. */
type AssetStore = LoaderContext['store'] & { addAssetImports(assets: string[], filePath: string): void };

type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

interface Paths {
  root: string;
  baseDir: string;
  contentRoot: string;
}

/** One file to store: its entry, frontmatter and digest, and its body on the way. */
interface Pending {
  file: ArticleFile;
  path: string;
  /** Relative to the project root, `/`-separated, as Astro stores it. */
  filePath: string;
  /** The raw frontmatter, for the schema. */
  frontmatter: Record<string, unknown>;
  digest: string;
  rendering: Promise<RenderedBody | Error>;
}

async function syncArticles(context: LoaderContext, { root, baseDir, contentRoot }: Paths) {
  const shown = (entry: string) => relative(root, join(baseDir, entry));
  const { store, meta } = context;
  // The code that renders bodies: when it changes, every body is rendered again.
  const version = codeVersion(root, 'src/markdown/body.ts');
  const sameCode = meta.get('pipeline') === version;
  const bodies = bodyFiles(fileURLToPath(new URL('broadsheet-bodies/', context.config.cacheDir)));
  const image = {
    domains: context.config.image.domains,
    remotePatterns: context.config.image.remotePatterns,
  };
  const renderer = createBodyRenderer(POOL_THRESHOLD, renderBody);
  const changed: Pending[] = [];
  const unchanged: { known: StoredEntry; filePath: string }[] = [];
  const onParsed = (file: ArticleFile, path: string, parsed: ParsedArticle) => {
    const digest = context.generateDigest(parsed.contents);
    const known = sameCode ? store.get(file.slug) : undefined;
    const bodyFile = known && bodyFileOf(known);
    const filePath = relative(root, path).split(sep).join('/');
    const current =
      known?.digest === digest &&
      known.filePath === filePath &&
      known.rendered &&
      (bodyFile === undefined || existsSync(bodyFile));
    if (current) {
      unchanged.push({ known, filePath });
      return;
    }
    const job = {
      body: parsed.source.body,
      frontmatter: parsed.source.data,
      filePath: path,
      image,
      bodyFile: bodies.pathFor(digest, path),
    };
    const rendering = renderer.render(job).catch((error: unknown) => error as Error);
    changed.push({ file, path, filePath, frontmatter: job.frontmatter, digest, rendering });
  };
  try {
    const { files, problems } = await validateArticles(baseDir, contentRoot, shown, onParsed);
    if (problems.length > 0) {
      throw new ContentError(`Invalid content (${problems.length} problems):\n${problems.join('\n')}`);
    }
    renderer.flush();
    if (!sameCode) store.clear();
    for (const { known, filePath } of unchanged) {
      // As glob() does: pictures of unchanged bodies are still imported by the build.
      if (known.assetImports?.length) {
        (store as AssetStore).addAssetImports(known.assetImports, known.filePath ?? filePath);
      }
    }
    const wanted = new Set(files.map((file) => file.slug));
    for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);

    const failed: string[] = [];
    for (const { file, path, filePath, frontmatter, digest, rendering } of changed) {
      const data = await context.parseData({ id: file.slug, data: frontmatter, filePath: path });
      const result = await rendering;
      if (result instanceof Error) {
        failed.push(`${shown(file.entry)}: the Markdown body could not be rendered: ${result.message}`);
        continue;
      }
      const { html = '', ...metadata } = result;
      const imagePaths = [...metadata.localImagePaths, ...metadata.remoteImagePaths];
      store.set({
        id: file.slug,
        data,
        filePath,
        digest,
        rendered: { html, metadata: { ...metadata, imagePaths } },
        ...(imagePaths.length > 0 ? { assetImports: imagePaths } : {}),
      });
    }
    if (failed.length > 0) throw new ContentError(failed.join('\n'));
  } finally {
    await renderer.close();
  }
  meta.set('pipeline', version);
  const entries = store.values();
  const kept = entries.map(bodyFileOf);
  await bodies.prune(new Set(kept.filter((file) => file !== undefined)));
  articlesSynced({ entries, version });
}

export interface ArticlesLoaderOptions {
  /** The articles folder, relative to the project root (or absolute). */
  base: string;
  /** The folder every local file an article uses must stay inside. */
  contentRoot: string;
}

export function articlesLoader({ base, contentRoot }: ArticlesLoaderOptions): Loader {
  return {
    name: 'broadsheet-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const paths = { root, baseDir: resolve(root, base), contentRoot: resolve(root, contentRoot) };
      await syncArticles(context, paths);
      const { watcher } = context;
      if (!watcher) return;
      // In `astro dev`: any change under the articles folder syncs again (unchanged files are skipped).
      watcher.add(paths.baseDir);
      let queued: Promise<void> | undefined;
      watcher.on('all', (_event, changed) => {
        if (!resolve(changed).startsWith(paths.baseDir + sep) || queued) return;
        queued = new Promise<void>((done) => setTimeout(done, 50))
          .then(() => syncArticles(context, paths))
          .catch((error: unknown) => context.logger.error((error as Error).message))
          .finally(() => (queued = undefined));
      });
    },
  };
}
