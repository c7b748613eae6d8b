/**
 * Rebuilds keep `dist/` instead of emptying it first, so the pages Astro's incremental build
 * skips stay where they are rather than being deleted and copied back from its cache (11,000
 * files at 10,000 articles). Whatever the build did not produce this time is then deleted:
 * pages of removed articles, old stylesheets, pictures no page uses any more.
 */
import type { Dirent } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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

export function keepOutput(): AstroIntegration {
  let start = 0;
  let publicDir = '';
  return {
    name: 'broadsheet:keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        // File times have at least millisecond resolution; a margin covers clocks rounding down.
        start = Date.now() - 1000;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        // Pages Astro skipped keep their old files; files copied from public/ may keep their times.
        const kept = new Set([
          ...pages.map(({ pathname }) => pageFile(pathname)),
          ...(await listFiles(publicDir)),
        ]);
        const entries = await listEntries(root);
        const stale = await staleFiles(root, start, kept, entries);
        for (const file of stale) await rm(join(root, file), { force: true });
        await removeEmptyFolders(root, entries, new Set(stale.map((file) => resolve(root, file))));
        if (stale.length > 0) logger.info(`Deleted ${stale.length} files the build no longer makes.`);
      },
    },
  };
}
