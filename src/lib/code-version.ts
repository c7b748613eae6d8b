/**
 * A hash of the code behind what a build caches: a module of ours and what it imports of ours,
 * followed from file to file, with the lockfile. Rendered bodies are kept while the code of
 * `src/markdown/body.ts` is unchanged, so an edit elsewhere (a page, a share card) keeps them,
 * while an edit to anything the pipeline uses (image checks, URL helpers) renders them again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Relative imports, type-only ones included: `from './x'` and `import('./x.ts')`.
const RELATIVE_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** `entry` and every file it imports through relative paths, transitively, sorted. */
export function importedFiles(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, from, dynamic] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const path = resolve(dirname(file), from ?? dynamic ?? '');
      queue.push(/\.[cm]?[jt]s$/.test(path) ? path : `${path}.ts`);
    }
  }
  return [...seen].sort();
}

/** The version of module `entry` (relative to the project `root`) and the code it imports. */
export function codeVersion(root: string, entry: string): string {
  const hash = createHash('sha256');
  for (const file of importedFiles(join(root, entry))) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}
