/**
 * Rebuilds keep `dist/` instead of emptying it first, so the pages Astro's incremental build
 * skips stay where they are rather than being deleted and copied back from its cache (11,000
 * files at 10,000 articles). Whatever the build did not produce this time is then deleted:
 * pages of removed articles, old stylesheets, pictures no page uses any more.
 *
 * The pages a build wrote or kept are recorded in the cache (`broadsheet-output.json`): the next
 * build deletes those it no longer makes without walking `dist/` (110,000 folders at 100,000
 * articles), and checks only the files at its top and in `_astro/` by their dates. Without a
 * record (a first build into this folder) the whole of `dist/` is checked by date.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesOf, listEntries, listFiles } from './files';

/** Folders another integration rewrites as a whole on every build. */
const MANAGED = ['pagefind'];

/** The file a page's pathname is written to (`articles/x/` → `articles/x/index.html`). */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  if (/\.html?$/.test(path)) return path;
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
}

/**
 * The files of `dir` (relative, `/`-separated) to delete after a build that started at `start`
 * (ms): written before it and not among `kept` pages. `entries`: a listing of `dir` already made.
 */
export async function staleFiles(
  dir: string,
  start: number,
  kept: Set<string>,
  entries?: Dirent[],
): Promise<string[]> {
  const stale: string[] = [];
  for (const file of filesOf(dir, entries ?? (await listEntries(dir)))) {
    if (kept.has(file) || MANAGED.some((folder) => file.startsWith(`${folder}/`))) continue;
    if ((await stat(join(dir, file))).mtimeMs < start) stale.push(file);
  }
  return stale;
}

/**
 * Deletes the folders of `dir` left empty, deepest first, from one listing of it: `entries` when
 * given, less the files since `removed` (absolute paths).
 */
export async function removeEmptyFolders(
  dir: string,
  entries?: Dirent[],
  removed: ReadonlySet<string> = new Set(),
): Promise<void> {
  const root = resolve(dir);
  // How many entries each folder holds; a folder deleted counts down its parent.
  const sizes = new Map<string, number>();
  for (const entry of entries ?? (await listEntries(root))) {
    const parent = resolve(entry.parentPath);
    const path = resolve(parent, entry.name);
    if (removed.has(path)) continue;
    sizes.set(parent, (sizes.get(parent) ?? 0) + 1);
    if (entry.isDirectory() && !sizes.has(path)) sizes.set(path, 0);
  }
  const deepestFirst = [...sizes.keys()].sort((a, b) => b.length - a.length);
  for (const folder of deepestFirst) {
    if (folder === root || sizes.get(folder) !== 0) continue;
    await rm(folder, { recursive: true });
    const parent = dirname(folder);
    sizes.set(parent, (sizes.get(parent) ?? 1) - 1);
  }
}

/** Deletes `file` (in `root`), then its folders as long as they are left empty. */
export async function removeFile(root: string, file: string): Promise<void> {
  const top = resolve(root);
  await rm(join(top, file), { force: true });
  for (let folder = dirname(join(top, file)); folder.startsWith(top + sep); folder = dirname(folder)) {
    try {
      await rmdir(folder);
    } catch {
      return;
    }
  }
}

/** Files directly in `dir` (not in its folders), relative to `root`, that were written before `start`. */
async function oldFilesIn(root: string, dir: string, start: number, recursive: boolean): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive }).catch(() => []);
  const old: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    if ((await stat(path)).mtimeMs < start) old.push(relative(root, path).split(sep).join('/'));
  }
  return old;
}

export function keepOutput(): AstroIntegration {
  let start = 0;
  let publicDir = '';
  let assetsDir = '';
  let record = '';
  return {
    name: 'broadsheet:keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        assetsDir = config.build.assets;
        record = join(fileURLToPath(config.cacheDir), 'broadsheet-output.json');
      },
      'astro:build:start': () => {
        // File times have at least millisecond resolution; a margin covers clocks rounding down.
        start = Date.now() - 1000;
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        const root = fileURLToPath(dir);
        // Pages Astro skipped keep their old files; files copied from public/ may keep their times.
        const kept = new Set([
          ...pages.map(({ pathname }) => pageFile(pathname)),
          ...[...assets.values()]
            .flat()
            .map((url) => relative(root, fileURLToPath(url)).split(sep).join('/')),
          ...(await listFiles(publicDir)),
        ]);
        const records = JSON.parse(await readFile(record, 'utf8').catch(() => '{}')) as Record<
          string,
          string[]
        >;
        const previous = records[root];
        let stale: string[];
        if (previous) {
          const top = await oldFilesIn(root, '.', start, false);
          const built = await oldFilesIn(root, assetsDir, start, true);
          stale = [...previous, ...top, ...built].filter((file) => !kept.has(file));
          for (const file of new Set(stale)) await removeFile(root, file);
        } else {
          const entries = await listEntries(root);
          stale = await staleFiles(root, start, kept, entries);
          for (const file of stale) await rm(join(root, file), { force: true });
          await removeEmptyFolders(root, entries, new Set(stale.map((file) => resolve(root, file))));
        }
        // Files in folders other than the assets folder: what the next build may have to delete.
        records[root] = [...kept]
          .filter((file) => file.includes('/') && !file.startsWith(`${assetsDir}/`))
          .sort();
        await writeFile(record, JSON.stringify(records));
        if (stale.length > 0) logger.info(`Deleted ${new Set(stale).size} files the build no longer makes.`);
      },
    },
  };
}
