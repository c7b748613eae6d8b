/**
 * The sites end-to-end tests read: the sample site (`samples/`, what a fresh clone builds) and
 * one fixture site per folder in `tests/fixtures/sites/<name>/` (each with its own `articles/`).
 * They are built once per run by the global setup into `$BROADSHEET_TEST_OUTPUT` (default
 * `tests/.output`), one folder each.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './build';

export const outputRoot = process.env['BROADSHEET_TEST_OUTPUT'] ?? join(projectRoot, 'tests/.output');

export interface Site {
  name: string;
  /** Content folder, relative to the project root. */
  content: string;
  /** Where the site is built. */
  outDir: string;
}

const fixtures = join(projectRoot, 'tests/fixtures/sites');

/** Every site, or only those named in `BROADSHEET_SITES` (comma-separated), for targeted runs. */
export function listSites(): Site[] {
  const only = process.env['BROADSHEET_SITES']?.split(',').map((name) => name.trim());
  return allSites().filter((site) => !only || only.includes(site.name));
}

function allSites(): Site[] {
  const sites: Site[] = [{ name: 'main', content: 'samples', outDir: join(outputRoot, 'main') }];
  for (const name of readdirSync(fixtures).sort()) {
    if (!existsSync(join(fixtures, name, 'articles'))) continue;
    sites.push({
      name,
      content: relative(projectRoot, join(fixtures, name)),
      outDir: join(outputRoot, name),
    });
  }
  return sites;
}

/** The built folder of a site, by name (`main` is the sample site). */
export function siteDir(name: string): string {
  return join(outputRoot, name);
}
