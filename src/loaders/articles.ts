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
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { advance, endPhase, setTotal, startPhase } from '../build/progress';
import { type BodyJob, type RenderedBody, renderBody } from '../markdown/body';
import { articlesSynced, provideBodyFolder, provideDeferredBodies } from '../integrations/build-channel';
import { bodyFileOf, isDeferred } from '../lib/article-body';
import { articlePart, currentPart } from '../lib/build-parts';
import { codeVersion } from '../lib/code-version';
import { firstParagraph } from '../lib/description';
import { bodyFiles } from './body-files';
import { ContentError, problemList } from './content-error';
import { holdSave } from './hold-save';
import { parseArticleSource } from './frontmatter';
import { createBodyRenderer } from './render-pool';
import { type ArticleFile, validateArticles } from './validate';

/** Below this many bodies to render, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 16;

/**
 * Bodies being rendered at once, at most: reading goes on only as fast as bodies are rendered,
 * instead of queueing every body of a cold build in memory.
 */
const IN_FLIGHT = 64;

/** The progress phases of a sync (../build/progress.ts). */
const CHECKED = 'articles';
const RENDERED = 'bodies';

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

/** What is wrong with a rendered body, by file and field, never quoting it; or `undefined`. */
function bodyProblem(file: string, result: RenderedBody | Error): string | undefined {
  if (result instanceof Error) return `${file}: the Markdown body could not be rendered: ${result.message}`;
  if (result.empty) {
    return (
      `${file}: body: shows no text: it is empty, or its only text is inside markup readers never ` +
      'see (<script>, <style>, <svg>, a comment…)'
    );
  }
  return undefined;
}

/** Astro stores an `image()` field as its path behind this prefix. */
const IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** The lead image of a stored entry as its frontmatter gives it, for the image check. */
function storedImage(entry: StoredEntry): unknown {
  const image = entry.data['image'];
  if (image === null || typeof image !== 'object' || !('src' in image)) return null;
  const src = image.src;
  return { ...image, src: typeof src === 'string' ? src.replace(IMAGE_PREFIX, '') : src };
}

/**
 * What is stored for an article whose body another part of the build renders
 * (../lib/build-parts.ts): the text of its first paragraph, for lists and previews, when the
 * frontmatter has nothing to summarize it with.
 */
function deferredBody(job: BodyJob): RenderedBody & { deferred: true } {
  const summarized =
    typeof job.frontmatter['description'] === 'string' || typeof job.frontmatter['dek'] === 'string';
  const paragraph = summarized ? '' : firstParagraph(job.body);
  return {
    headings: [],
    localImagePaths: [],
    remoteImagePaths: [],
    firstParagraph: paragraph,
    // Its page is written by the part that renders it, which counts it.
    size: { words: 0, characters: 0 },
    deferred: true,
  };
}

/**
 * What the store keeps of a rendered body. The store is bundled into the build and held in memory
 * whole (about 1 KB an article before this, 0.1 GB at 100,000 articles), so a body in a file keeps
 * only what pages read: the file, the size of its text (for the reading time), and the first
 * paragraph's text where the frontmatter has no description or dek to summarize the article with.
 * Bodies with pictures keep all Astro needs to resolve them.
 */
function storedBody(result: RenderedBody & { deferred?: true }, data: Record<string, unknown>) {
  const { html = '', ...metadata } = result;
  const imagePaths = [...metadata.localImagePaths, ...metadata.remoteImagePaths];
  const summarized = data['description'] !== undefined || data['dek'] !== undefined;
  const paragraph = summarized || !metadata.firstParagraph ? {} : { firstParagraph: metadata.firstParagraph };
  if (metadata.bodyFile !== undefined)
    return {
      rendered: { html, metadata: { bodyFile: metadata.bodyFile, size: metadata.size, ...paragraph } },
    };
  if (metadata.deferred) return { rendered: { html, metadata: { deferred: true, ...paragraph } } };
  return {
    rendered: { html, metadata: { ...metadata, imagePaths } },
    ...(imagePaths.length > 0 ? { assetImports: imagePaths } : {}),
  };
}

async function syncArticles(context: LoaderContext, { root, baseDir, contentRoot }: Paths) {
  const shown = (entry: string) => relative(root, join(baseDir, entry));
  const { store, meta } = context;
  // The code that renders bodies: when it changes, every body is rendered again.
  const version = codeVersion(root, 'src/markdown/body.ts');
  const sameCode = meta.get('pipeline') === version;
  // The code that checks files: when it is unchanged, so are the verdicts on unchanged files.
  const checks = codeVersion(root, 'src/loaders/validate.ts');
  const sameChecks = sameCode && meta.get('checks') === checks;
  const part = currentPart();
  const bodies = bodyFiles(fileURLToPath(new URL('broadsheet-bodies/', context.config.cacheDir)));
  provideBodyFolder(bodies.dir);
  const image = {
    domains: context.config.image.domains,
    remotePatterns: context.config.image.remotePatterns,
  };
  const renderer = createBodyRenderer(POOL_THRESHOLD, renderBody);
  const changed: Pending[] = [];
  const unchanged: { known: StoredEntry; filePath: string }[] = [];
  let articles = 0;
  let toRender = 0;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const render = (job: BodyJob): Promise<RenderedBody | Error> => {
    inFlight++;
    setTotal(RENDERED, ++toRender);
    return renderer
      .render(job)
      .catch((error: unknown) => error as Error)
      .finally(() => {
        inFlight--;
        advance(RENDERED);
        drained?.();
      });
  };

  /** Whether a file is the one stored, with its body rendered as this build needs it. */
  const classify = (file: ArticleFile, path: string, contents: string) => {
    const digest = context.generateDigest(contents);
    const filePath = relative(root, path).split(sep).join('/');
    const mine = !part || articlePart(file.slug, articles, part.count) === part.index;
    const known = sameCode ? store.get(file.slug) : undefined;
    const bodyFile = known && bodyFileOf(known);
    const current =
      known?.digest === digest &&
      known.filePath === filePath &&
      known.rendered !== undefined &&
      (!mine || !isDeferred(known)) &&
      (bodyFile === undefined || bodies.has(bodyFile));
    return { digest, filePath, mine, known: current ? known : undefined };
  };

  // Astro's save of the store waits for the end of the sync (./hold-save.ts).
  const hold = holdSave(meta);
  try {
    const { files, problems } = await validateArticles(baseDir, contentRoot, shown, {
      listed: (files) => {
        articles = files.length;
        startPhase(CHECKED, 'articles checked', files.length);
        startPhase(RENDERED, 'bodies rendered', 0);
      },
      read: (file, path, contents) => {
        advance(CHECKED);
        hold.touch();
        if (!sameChecks) return undefined;
        const { known, filePath } = classify(file, path, contents);
        if (!known) return undefined;
        unchanged.push({ known, filePath });
        return { image: storedImage(known) };
      },
      parsed: async (file, path, parsed) => {
        hold.touch();
        const { digest, filePath, mine, known } = classify(file, path, parsed.contents);
        if (known) {
          // Checked again (the checks changed), but not rendered again.
          unchanged.push({ known, filePath });
          return;
        }
        const job = {
          body: parsed.source.body,
          frontmatter: parsed.source.data,
          filePath: path,
          image,
          bodyFile: bodies.pathFor(digest, filePath),
        };
        const rendering = mine ? render(job) : Promise.resolve(deferredBody(job));
        changed.push({ file, path, filePath, frontmatter: job.frontmatter, digest, rendering });
        while (inFlight >= IN_FLIGHT) await new Promise<void>((done) => (drained = done));
      },
    });
    endPhase(CHECKED);
    renderer.flush();
    if (problems.length > 0) {
      // The bodies already on their way are awaited, so that every problem is told at once.
      for (const { file, rendering } of changed) {
        const problem = bodyProblem(shown(file.entry), await rendering);
        if (problem) problems.push(problem);
      }
      throw new ContentError(problemList('Invalid content', problems));
    }
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
      const problem = bodyProblem(shown(file.entry), result);
      if (problem !== undefined) failed.push(problem);
      if (problem !== undefined || result instanceof Error) continue;
      const named =
        result.bodyFile === undefined ? result : { ...result, bodyFile: bodies.nameOf(result.bodyFile) };
      // The store ignores an entry with the digest it holds: a body rendered again for the same
      // file (stored by absolute path before, or left to another part) would keep the old entry.
      if (store.get(file.slug)?.digest === digest) store.delete(file.slug);
      store.set({ id: file.slug, data, filePath, digest, ...storedBody(named, data) });
    }
    endPhase(RENDERED);
    if (failed.length > 0) throw new ContentError(failed.join('\n'));
  } finally {
    hold.stop();
    await renderer.close();
  }
  meta.set('pipeline', version);
  meta.set('checks', checks);
  const entries = store.values();
  const kept = entries.map(bodyFileOf);
  await bodies.prune(new Set(kept.filter((file) => file !== undefined)));
  // Bodies another part renders are rendered here too when a page of this part shows them (a feed).
  provideDeferredBodies(async (entry) => {
    const path = resolve(root, entry.filePath ?? '');
    const { body, data } = parseArticleSource(readFileSync(path, 'utf8'), relative(root, path));
    const bodyFile = bodies.pathFor(String(entry.digest), entry.filePath ?? '');
    const result = await renderBody({ body, frontmatter: data, filePath: path, image, bodyFile });
    return result.html ?? readFileSync(bodyFile, 'utf8');
  });
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
