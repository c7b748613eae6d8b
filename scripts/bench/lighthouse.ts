/**
 * Lighthouse's performance score (a timing, so reported here and not asserted in tests) for the
 * seed article and the home page of the real site, built once and served on loopback.
 */
import { join } from 'node:path';
import { runLighthouse } from '../../tests/support/lighthouse';
import { serveStatic } from '../../tests/support/server';
import { measure, median } from './measure';

const PAGES = {
  'seed article': 'articles/kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626/',
  home: '',
};

/** Median performance score (0–100) per page over `runs` Lighthouse runs. */
export async function performanceScores(
  root: string,
  work: string,
  runs: number,
): Promise<Record<string, number>> {
  const dist = join(work, 'site');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_CACHE: join(work, 'site-cache') };
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const built = await measure(process.execPath, [astro, 'build', '--outDir', dist], env, root);
  if (built.code !== 0) throw new Error(`build of the real site failed:\n${built.output.slice(-4000)}`);
  const server = await serveStatic(dist);
  try {
    const scores: Record<string, number> = {};
    for (const [name, path] of Object.entries(PAGES)) {
      const found: number[] = [];
      for (let run = 0; run < runs; run++) {
        const { scores: categories } = await runLighthouse(`${server.url}${path}`, ['performance']);
        found.push(Math.round((categories['performance'] ?? 0) * 100));
      }
      scores[name] = median(found);
    }
    return scores;
  } finally {
    await server.close();
  }
}
