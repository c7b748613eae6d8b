/**
 * A build split over machines (`npm run build -- --shard I/N`, then `npm run build:merge`) makes
 * the very site one machine makes: every file the same, byte for byte, and searches that find
 * the same articles. Each part builds with its own cache, as a CI runner in its own checkout does.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { projectRoot, runScript } from '../support/build';
import { serveStatic } from '../support/server';
import { outputRoot } from '../support/sites';

const work = join(outputRoot, 'split');
const PARTS = 3;
const env = {
  BROADSHEET_CONTENT: 'tests/fixtures/sites/reader',
  // Feeds, the sitemap and share cards exist only with an address: build them too.
  SITE_URL: 'https://example.org/news/',
};

async function run(script: string, args: string[], extra: Record<string, string> = {}): Promise<string> {
  const result = await runScript(join(projectRoot, 'scripts', script), args, { ...env, ...extra });
  if (result.code !== 0)
    throw new Error(`${script} ${args.join(' ')} failed:\n${result.output.slice(-4000)}`);
  return result.output;
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const whole = join(work, 'whole');
const merged = join(work, 'merged');
let partLogs: string[] = [];

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await run('build.ts', ['--outDir', whole], { BROADSHEET_CACHE: join(work, 'cache-whole') });
  const parts = Array.from({ length: PARTS }, (_, i) => join(work, `part-${i + 1}`));
  partLogs = [];
  for (const [i, dir] of parts.entries()) {
    const log = await run('build.ts', ['--shard', `${i + 1}/${PARTS}`, '--outDir', dir], {
      BROADSHEET_CACHE: join(work, `cache-${i + 1}`),
    });
    partLogs.push(log);
  }
  await run('merge.ts', [...parts, '--outDir', merged]);
}, 600_000);

describe('a build split over machines', () => {
  test('should share the work: each part renders only its own articles', () => {
    const rendered = partLogs.map((log) => Number(/✓ (\d+) bodies rendered/.exec(log)?.[1]));
    expect(rendered.reduce((a, b) => a + b, 0)).toBe(52);
    for (const count of rendered) expect(count).toBeLessThan(40);
  });

  test('should merge into the site one machine builds, file for file and byte for byte', async () => {
    const expected = await files(whole);
    expect(await files(merged)).toEqual(expected);
    const differing = [];
    for (const file of expected) {
      const [a, b] = await Promise.all([readFile(join(whole, file)), readFile(join(merged, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  test('should find the same articles for the same searches', async () => {
    const browser = await launchBrowser();
    const servers = [await serveStatic(whole), await serveStatic(merged)];
    try {
      const results = [];
      for (const server of servers) {
        const found: string[][] = [];
        for (const query of ['harbour notice', 'مكتبة', 'copy', 'february']) {
          const page = await browser.newPage();
          await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
          await page.waitForFunction(() =>
            /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
          );
          found.push(
            await page
              .locator('#search-results h2 a')
              .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
          );
          await page.close();
        }
        results.push(found);
      }
      expect(results[0]?.flat().length).toBeGreaterThan(4);
      expect(results[1]).toEqual(results[0]);
    } finally {
      await browser.close();
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
