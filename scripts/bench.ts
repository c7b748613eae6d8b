/**
 * `npm run bench -- --articles N [--images P] [--runs R]`
 *
 * Builds a deterministic synthetic archive of N articles (P% with a lead photo) with the real
 * site, in a temporary folder, R times each: cold (no cache), warm (nothing changed) and after one
 * article changed. Prints medians, and each time as a ratio to a fixed CPU task timed in the same
 * run, since this machine is shared and noisy. Then Lighthouse's performance score for the real
 * site's seed article and home page. A benchmark, not a test: nothing is asserted.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeArchive } from './bench/archive';
import { performanceScores } from './bench/lighthouse';
import { measure, median } from './bench/measure';
import { pageBytes } from './bench/page-bytes';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    images: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
  },
});
const articles = Number(values.articles);
const images = Number(values.images);
const runs = Number(values.runs);

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(tmpdir(), `broadsheet-bench-${articles}-${images}`);
const content = join(work, 'content');
const dist = join(work, 'dist');
const cache = join(work, 'cache');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  BROADSHEET_CONTENT: content,
  BROADSHEET_CACHE: cache,
};

/** A fixed amount of CPU work (hashing), timed to normalise build times on a busy machine. */
async function calibrate(): Promise<number> {
  const script =
    "const c=require('crypto');let h=Buffer.alloc(64);for(let i=0;i<400000;i++)h=c.createHash('sha256').update(h).digest();";
  return (await measure(process.execPath, ['-e', script], process.env, root)).seconds;
}

async function build() {
  const result = await measure(process.execPath, [astro, 'build', '--outDir', dist], env, root);
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
  return result;
}

/** Image files written into the cache since `since` (ms): each is an encoding sharp had to do. */
function encodedSince(since: number): number {
  const dir = join(cache, 'assets');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs >= since,
  ).length;
}

if (!existsSync(join(content, 'articles'))) {
  console.log(`Writing ${articles} articles (${images}% with a photo) to ${content}…`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await writeArchive(content, articles, images);
}

const rows: Record<string, number[]> = {};
const record = (name: string, value: number) => (rows[name] ??= []).push(value);

for (let run = 1; run <= runs; run++) {
  const unit = await calibrate();
  record('calibration task (s)', unit);

  await rm(dist, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const cold = await build();
  record('cold build (s)', cold.seconds);
  record('cold build / calibration', cold.seconds / unit);
  record('cold peak RSS (MB)', cold.peakBytes / 1e6);
  record('cold ms per article', (cold.seconds * 1000) / articles);

  const warmStart = Date.now();
  const warm = await build();
  record('warm rebuild (s)', warm.seconds);
  record('warm rebuild / calibration', warm.seconds / unit);
  record('warm peak RSS (MB)', warm.peakBytes / 1e6);
  record('images re-encoded when warm', encodedSince(warmStart));

  const first = readdirSync(join(content, 'articles')).sort()[0] ?? '';
  const file = join(content, 'articles', first, ...(first.endsWith('.md') ? [] : ['index.md']));
  await appendFile(file, `\nAn update, run ${run} at ${Date.now()}.\n`);
  const changed = await build();
  record('one article changed (s)', changed.seconds);
  record('one changed / cold', changed.seconds / cold.seconds);
  console.log(
    `run ${run}/${runs}: cold ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, one changed ${changed.seconds.toFixed(1)} s`,
  );
}

const lighthouse = await performanceScores(root, work, runs);

const slug = readdirSync(join(dist, 'articles')).sort()[0] ?? '';
const bytes = pageBytes(dist, join(dist, 'articles', slug, 'index.html'));
console.log(`\nBroadsheet bench: ${articles} articles, ${images}% with images, ${runs} runs (medians)\n`);
for (const [name, list] of Object.entries(rows)) {
  console.log(
    `${name.padEnd(30)} ${median(list)
      .toFixed(name.includes('/') ? 2 : 1)
      .padStart(10)}`,
  );
}
console.log('\nbytes of one article page     raw    gzip  brotli');
for (const [kind, b] of Object.entries(bytes)) {
  console.log(
    `${kind.padEnd(26)} ${String(b.raw).padStart(7)} ${String(b.gzip).padStart(7)} ${String(b.brotli).padStart(7)}`,
  );
}

console.log('\nLighthouse performance (mobile, median of runs, the real site on loopback)');
for (const [page, score] of Object.entries(lighthouse))
  console.log(`${page.padEnd(30)} ${String(score).padStart(10)}`);
