/**
 * Builds the sites the end-to-end tests read, once: the real site from `content/` into `dist/`,
 * and a fixture site of hostile articles. A failed build fails the run with its output.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../support/build';

export const SITES = {
  main: { outDir: join(projectRoot, 'dist') },
  hostile: { content: 'tests/fixtures/hostile', outDir: join(projectRoot, 'tests/.output/hostile') },
} as const;

export default async function setup() {
  for (const site of Object.values(SITES)) {
    await rm(site.outDir, { recursive: true, force: true });
    const result = await buildSite(site);
    if (result.code !== 0) throw new Error(`Build of ${site.outDir} failed:\n${result.output}`);
  }
}
