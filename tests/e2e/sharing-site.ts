/**
 * Builds a site with SITE_URL pointing at a loopback server that serves the same build under a
 * sub-path, so every absolute URL the build writes (og:image, feeds, sitemap) can be fetched.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../support/build';
import { outputRoot } from '../support/sites';
import { serveStatic, type StaticServer } from '../support/server';

export interface SharingSite {
  dir: string;
  server: StaticServer;
  /** SITE_URL as the build saw it (the server's address, ending in `/`). */
  url: string;
  /** Slugs of the built articles. */
  slugs: string[];
}

export async function buildSharingSite(
  name: string,
  content: string,
  env: Record<string, string> = {},
): Promise<SharingSite> {
  const dir = join(outputRoot, name);
  // sirv in dev mode reads files per request, so the server can start before the build.
  const server = await serveStatic(dir, '/archive/');
  const result = await buildSite({
    content,
    outDir: dir,
    env: { SITE_URL: server.url, BROADSHEET_CACHE: join(outputRoot, '.cache', name), ...env },
  });
  if (result.code !== 0) throw new Error(`Build of ${name} failed:\n${result.output.slice(-4000)}`);
  const slugs = (await readdir(join(dir, 'articles'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return { dir, server, url: server.url, slugs };
}
