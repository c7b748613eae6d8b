/**
 * Rendered article bodies live in files in Astro's cache folder, not in the content store:
 * the store is bundled into the build and held in memory whole, which does not scale to an
 * archive of 10,000 articles. A page reads its one body when it is generated. Files are named
 * by a hash of the source and its path in the project, so unchanged articles keep theirs across
 * builds, and the store records only the name: the cache works from any checkout's path.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface BodyFiles {
  /** The folder of the body files. */
  dir: string;
  /** The file for the source with `digest` at `filePath`, relative to the project (its folder exists). */
  pathFor(digest: string, filePath: string): string;
  /** What the store records of a body file: its name in the folder. */
  nameOf(path: string): string;
  /** Whether the body file at `path` was there when the build started. */
  has(path: string): boolean;
  /** Deletes every body file that was there when the build started and is not in `keep`. */
  prune(keep: Set<string>): Promise<void>;
}

export function bodyFiles(dir: string): BodyFiles {
  let made = false;
  // One listing of the folder instead of a call to the file system per article (100,000 in a
  // warm build of 100,000 articles); files written since are this build's, kept anyway.
  let listing: Set<string> | undefined;
  const listed = () =>
    (listing ??= new Set(existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : []));
  return {
    dir,
    pathFor(digest, filePath) {
      if (!made) mkdirSync(dir, { recursive: true });
      made = true;
      const name = createHash('sha256').update(`${digest}\0${filePath}`).digest('hex').slice(0, 32);
      return join(dir, `${name}.html`);
    },
    nameOf: (path) => relative(dir, path),
    has: (path) => listed().has(path),
    async prune(keep) {
      const stale = [...listed()].filter((path) => !keep.has(path));
      await Promise.all(stale.map((path) => rm(path, { force: true })));
    },
  };
}
