/**
 * A raw copy with its photos beside it, imported with `npm run import` into an empty content
 * folder, builds, and its article shows the lead photo and the body's pictures in a browser.
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runImport } from '../../src/importer/run';
import { launchBrowser } from '../support/browser';
import { buildSite, type BuildResult, projectRoot } from '../support/build';
import { outputRoot } from '../support/sites';

const work = join(outputRoot, 'import-build');
const content = join(work, 'content');
const dist = join(work, 'dist');
const SLUG = 'new-trams-enter-service-t10';
let imported: { code: number; stdout: string; stderr: string };
let result: BuildResult;
let browser: Browser;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(content, { recursive: true });
  await cp(join(projectRoot, 'tests/fixtures/import/raw-local-photos'), join(work, 'copy'), {
    recursive: true,
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runImport(['copy/raw.md', '--out', 'content/articles'], {
    cwd: work,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    readStdin: async () => '',
  });
  imported = { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  result = await buildSite({
    content: relative(projectRoot, content),
    outDir: dist,
    env: { BROADSHEET_CACHE: join(work, 'cache') },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

test('should import the copy with its pictures', () => {
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain(`copy/raw.md → content/articles/${SLUG}/index.md: written`);
});

test('should build what was imported', () => {
  expect(result.output).not.toMatch(/body image|not found/i);
  expect(result.code).toBe(0);
});

test('should show the lead photo and the pictures of the body, each loaded', async () => {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.goto(pathToFileURL(join(dist, 'articles', SLUG, 'index.html')).href);
  const images = page.locator('main img');
  await expect.poll(async () => images.count()).toBe(3);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
  }
  await expect(images.first().getAttribute('alt')).resolves.toBe('A T10 tram at the Riverside stop');
  const html = await readFile(join(dist, 'articles', SLUG, 'index.html'), 'utf8');
  expect(html).toContain('The first T10 tram leaves Riverside on Tuesday morning.');
  expect(html).toContain('Three trams wait at the depot.');
  expect(failed).toEqual([]);
  await page.close();
});
