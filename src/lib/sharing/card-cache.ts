/**
 * Share cards cached between builds: the card's inputs (and the photo's bytes) hash to a file
 * name, so an unchanged article costs one file read instead of a render. The cache sits beside
 * Astro's own (`BROADSHEET_CACHE`, else per content folder, as in astro.config.mjs).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentRoot } from '../../content-root';

/** Bump when the card's design changes, so old cards are not reused. */
const DESIGN_VERSION = '1';

export function cardCacheDir(): string {
  const root =
    process.env['BROADSHEET_CACHE'] ?? join('node_modules/.astro', contentRoot.replace(/[^\w-]+/g, '_'));
  return join(root, 'share-cards');
}

/** A stable key for a card: its inputs as JSON plus the photo file's contents, hashed. */
export async function cardKey(input: object, photo: string | undefined): Promise<string> {
  const hash = createHash('sha256').update(DESIGN_VERSION).update(JSON.stringify(input));
  if (photo) hash.update(await readFile(photo));
  return hash.digest('hex').slice(0, 32);
}

/** The cached bytes for `key`, else those `make` returns, stored for next time. */
export async function cachedCard(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const dir = cardCacheDir();
  const file = join(dir, `${key}.jpg`);
  try {
    return await readFile(file);
  } catch {
    const bytes = await make();
    await mkdir(dir, { recursive: true });
    // Written under a temporary name first: a build stopped midway never leaves half a card.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return bytes;
  }
}
