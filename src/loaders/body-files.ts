/**
 * Rendered article bodies live in files in Astro's cache folder, not in the content store:
 * the store is bundled into the build and held in memory whole, which does not scale to an
 * archive of 10,000 articles. A page reads its one body when it is generated. Files are named
 * by a hash of the source and its path, so unchanged articles keep theirs across builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface BodyFiles {
  /** The file for the source with `digest` at `filePath` (its folder exists). */
  pathFor(digest: string, filePath: string): string;
  /** Deletes every body file not in `keep`. */
  prune(keep: Set<string>): Promise<void>;
}

export function bodyFiles(dir: string): BodyFiles {
  let made = false;
  return {
    pathFor(digest, filePath) {
      if (!made) mkdirSync(dir, { recursive: true });
      made = true;
      const name = createHash('sha256').update(`${digest}\0${filePath}`).digest('hex').slice(0, 32);
      return join(dir, `${name}.html`);
    },
    async prune(keep) {
      if (!existsSync(dir)) return;
      const stale = (await readdir(dir)).map((name) => join(dir, name)).filter((path) => !keep.has(path));
      await Promise.all(stale.map((path) => rm(path, { force: true })));
    },
  };
}
