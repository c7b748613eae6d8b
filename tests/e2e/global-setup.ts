/**
 * Builds every site the end-to-end tests read (tests/support/sites.ts), once per run, each with
 * its own cache so that parallel runs never share state. A failed build fails the run.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../support/build';
import { listSites, outputRoot } from '../support/sites';

export default async function setup() {
  for (const site of listSites()) {
    await rm(site.outDir, { recursive: true, force: true });
    const result = await buildSite({
      content: site.content,
      outDir: site.outDir,
      env: { BROADSHEET_CACHE: join(outputRoot, '.cache', site.name) },
    });
    if (result.code !== 0) throw new Error(`Build of the ${site.name} site failed:\n${result.output}`);
  }
}
