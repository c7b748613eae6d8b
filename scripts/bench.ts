/**
 * `npm run bench -- --articles N [--images P] [--runs R] [--parts K] [--no-lighthouse]`
 *
 * Builds a deterministic synthetic archive of N articles (P% with a lead photo) with the real
 * site and `npm run build`, in a temporary folder, R times each: cold (no cache), warm (nothing
 * changed), after one article changed and after one was added. Prints medians, each time as a
 * ratio to a fixed CPU task timed in the same run (this machine is shared and noisy), the peak
 * memory of the whole process tree, and where each build spent its time (its progress lines).
 * Then what a search costs a reader in Chromium, `--parts K` builds the archive as K parts one
 * after another and merges them (each part against the cold build), and last Lighthouse's
 * performance score for the real site's seed article and home page. A benchmark, not a test:
 * nothing is asserted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { appendFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleMarkdown, personName, writeArchive } from './bench/archive';
import { performanceScores } from './bench/lighthouse';
import { measure, type Measurement, median } from './bench/measure';
import { pageBytes } from './bench/page-bytes';
import { searchCosts } from './bench/search-bytes';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    articles: { type: 'string', default: '1000' },
    images: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
    parts: { type: 'string', default: '0' },
    lighthouse: { type: 'boolean', default: true },
  },
});
const articles = Number(values.articles);
const images = Number(values.images);
const runs = Number(values.runs);
const parts = Number(values.parts);

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(tmpdir(), `broadsheet-bench-${articles}-${images}`);
const content = join(work, 'content');
const dist = join(work, 'dist');
const cache = join(work, 'cache');
const buildScript = join(root, 'scripts/build.ts');
/** Node's options in `npm run build` (`node <options> scripts/build.ts`): the bench runs what it runs. */
const buildOptions = (
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts['build'] ?? ''
)
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));
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

/** `npm run build` of the archive (`args`: `--shard I/N`); fails the bench when the build fails. */
async function build(
  args: string[] = [],
  into = dist,
  extra: Record<string, string> = {},
): Promise<Measurement> {
  const result = await measure(
    process.execPath,
    [...buildOptions, buildScript, '--outDir', into, ...args],
    { ...env, ...extra },
    root,
  );
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-4000)}`);
  return result;
}

/** Seconds per phase from a build's progress lines (`✓ 10,000 articles checked in 2.1 s`). */
function phaseTimes(output: string): Record<string, number> {
  const times: Record<string, number> = {};
  for (const [, what, seconds] of output.matchAll(/^✓ [\d,]+ (.+?) in ([\d.]+) s$/gm)) {
    if (what && seconds) times[what] = Number(seconds);
  }
  return times;
}

/** Image files written into the cache since `since` (ms): each is an encoding sharp had to do. */
function encodedSince(since: number): number {
  const dir = join(cache, 'assets');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs >= since,
  ).length;
}

/** The articles an earlier run left in `content/articles`, or undefined when there is none. */
function articlesWritten(): number | undefined {
  const dir = join(content, 'articles');
  return existsSync(dir) ? readdirSync(dir).length : undefined;
}

// An archive left by an earlier run is reused only if it is whole (a stopped run leaves fewer).
if (articlesWritten() !== articles) {
  console.log(`Writing ${articles} articles (${images}% with a photo) to ${content}…`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await writeArchive(content, articles, images);
}
// The build's prerender bundle in dist/ imports packages by name: Node looks for them in the
// folders above it. A checkout that is itself in the temporary folder is not among them.
if (!existsSync(join(work, 'node_modules'))) {
  await symlink(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
}

/** The machine's load averages (1, 5, 15 min): how busy the shared machine was around a run. */
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();
console.log(`load average before: ${loadBefore}`);

const rows: Record<string, number[]> = {};
const record = (name: string, value: number) => (rows[name] ??= []).push(value);
const phases: Record<string, Record<string, number[]>> = {};
const recordPhases = (kind: string, output: string) => {
  for (const [phase, seconds] of Object.entries(phaseTimes(output)))
    ((phases[kind] ??= {})[phase] ??= []).push(seconds);
};

for (let run = 1; run <= runs; run++) {
  const unit = await calibrate();
  record('calibration task (s)', unit);

  await rm(dist, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const cold = await build();
  record('cold build (s)', cold.seconds);
  record('cold CPU (s)', cold.cpuSeconds);
  record('cold build / calibration', cold.seconds / unit);
  record('cold peak RSS (MB)', cold.peakBytes / 1e6);
  record('cold ms per article', (cold.seconds * 1000) / articles);
  record('cold CPU ms per article', (cold.cpuSeconds * 1000) / articles);
  recordPhases('cold', cold.output);

  const warmStart = Date.now();
  const warm = await build();
  record('warm rebuild (s)', warm.seconds);
  record('warm CPU (s)', warm.cpuSeconds);
  record('warm rebuild / calibration', warm.seconds / unit);
  record('warm peak RSS (MB)', warm.peakBytes / 1e6);
  record('images re-encoded when warm', encodedSince(warmStart));
  recordPhases('warm', warm.output);

  const first = readdirSync(join(content, 'articles')).sort()[0] ?? '';
  const file = join(content, 'articles', first, ...(first.endsWith('.md') ? [] : ['index.md']));
  await appendFile(file, `\nAn update, run ${run} at ${Date.now()}.\n`);
  const changed = await build();
  record('one article changed (s)', changed.seconds);
  record('one changed CPU (s)', changed.cpuSeconds);
  record('one changed / calibration', changed.seconds / unit);
  record('one changed / cold', changed.seconds / cold.seconds);
  record('one changed peak RSS (MB)', changed.peakBytes / 1e6);
  recordPhases('one changed', changed.output);

  // A new article, the newest of the archive, as a person adds one.
  const added = join(content, 'articles', `added-${run}.md`);
  await writeFile(
    added,
    articleMarkdown(articles + run, 1).replace(/^published: .*$/m, 'published: 2030-01-01'),
  );
  const add = await build();
  record('one article added (s)', add.seconds);
  record('one added CPU (s)', add.cpuSeconds);
  record('one added / calibration', add.seconds / unit);
  record('one added peak RSS (MB)', add.peakBytes / 1e6);
  recordPhases('one added', add.output);
  await rm(added);
  console.log(
    `run ${run}/${runs}: cold ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, ` +
      `one changed ${changed.seconds.toFixed(1)} s, one added ${add.seconds.toFixed(1)} s ` +
      `(CPU ${cold.cpuSeconds.toFixed(1)}, ${warm.cpuSeconds.toFixed(1)}, ${changed.cpuSeconds.toFixed(1)}, ${add.cpuSeconds.toFixed(1)} s; ` +
      `cold peak ${(cold.peakBytes / 1e9).toFixed(2)} GB; load ${load()})`,
  );
}

// What a reader's search costs, on the site as the last build left it (with the last article added).
// Names of the first, middle and last articles (in different search shards), and a common word.
const named = (index: number) => ({
  query: personName(index),
  expect: `article-${String(index).padStart(5, '0')}`,
});
const costs = await searchCosts(dist, [
  named(Math.floor(articles / 2)),
  named(0),
  named(articles - 1),
  { query: 'ceasefire', expect: 'article-' },
]);

const partRows: Record<string, number[]> = {};
if (parts > 1) {
  // As CI runners would: one part after another, each cold, each with its own cache.
  const coldMedian = median(rows['cold build (s)'] ?? []);
  const coldCpuMedian = median(rows['cold CPU (s)'] ?? []);
  const dirs: string[] = [];
  for (let i = 1; i <= parts; i++) {
    const into = join(work, `part-${i}`);
    const partCache = join(work, `part-cache-${i}`);
    await rm(into, { recursive: true, force: true });
    await rm(partCache, { recursive: true, force: true });
    const part = await build(['--shard', `${i}/${parts}`], into, { BROADSHEET_CACHE: partCache });
    (partRows[`part ${i}/${parts} cold (s)`] ??= []).push(part.seconds);
    (partRows[`part ${i}/${parts} / one-machine cold`] ??= []).push(part.seconds / coldMedian);
    (partRows[`part ${i}/${parts} CPU (s)`] ??= []).push(part.cpuSeconds);
    (partRows[`part ${i}/${parts} CPU / one-machine CPU`] ??= []).push(part.cpuSeconds / coldCpuMedian);
    (partRows[`part ${i}/${parts} peak RSS (MB)`] ??= []).push(part.peakBytes / 1e6);
    // Where each part spends its time, to tell a heavier part's work from its neighbours' load.
    recordPhases(`part ${i}/${parts}`, part.output);
    (partRows[`part ${i}/${parts} load at its end`] ??= []).push(loadavg()[0] ?? 0);
    dirs.push(into);
  }
  const merged = join(work, 'merged');
  const merge = await measure(
    process.execPath,
    [join(root, 'scripts/merge.ts'), ...dirs, '--outDir', merged],
    env,
    root,
  );
  if (merge.code !== 0) throw new Error(`merge failed:\n${merge.output}`);
  (partRows['merge (s)'] ??= []).push(merge.seconds);
  (partRows['merge CPU (s)'] ??= []).push(merge.cpuSeconds);
}

const lighthouse = values.lighthouse ? await performanceScores(root, work, runs) : {};

const slug = readdirSync(join(dist, 'articles')).sort()[0] ?? '';
const bytes = pageBytes(dist, join(dist, 'articles', slug, 'index.html'));
console.log(`\nBroadsheet bench: ${articles} articles, ${images}% with images, ${runs} runs (medians)`);
console.log(`load average (1, 5, 15 min) before ${loadBefore}, after ${load()}\n`);
const print = (table: Record<string, number[]>) => {
  for (const [name, list] of Object.entries(table)) {
    const digits = name.includes('/') ? 2 : 1;
    console.log(
      `${name.padEnd(36)} ${median(list).toFixed(digits).padStart(10)}   (${list.map((v) => v.toFixed(digits)).join(', ')})`,
    );
  }
};
print(rows);
if (Object.keys(partRows).length > 0) {
  console.log(`\n${parts} parts, built one after another, then merged`);
  print(partRows);
}

console.log('\nwhere each build spent its time (s, medians of the progress lines)');
for (const [kind, times] of Object.entries(phases)) {
  console.log(
    `${kind.padEnd(14)} ${Object.entries(times)
      .map(([phase, list]) => `${phase} ${median(list).toFixed(1)}`)
      .join(' · ')}`,
  );
}

console.log('\nwhat one search costs a reader (Chromium, empty cache)');
for (const cost of costs) {
  console.log(
    `${JSON.stringify(cost.query).padEnd(20)} index ${(cost.indexBytes / 1000).toFixed(0)} KB, library ${(cost.libraryBytes / 1000).toFixed(0)} KB, ` +
      `${cost.requests} requests, ${cost.results} results shown, ${cost.found ? 'found' : 'NOT found'}`,
  );
}

console.log('\nbytes of one article page     raw    gzip  brotli');
for (const [kind, b] of Object.entries(bytes)) {
  console.log(
    `${kind.padEnd(26)} ${String(b.raw).padStart(7)} ${String(b.gzip).padStart(7)} ${String(b.brotli).padStart(7)}`,
  );
}

if (values.lighthouse) {
  console.log('\nLighthouse performance (mobile, median of runs, the real site on loopback)');
  for (const [page, score] of Object.entries(lighthouse))
    console.log(`${page.padEnd(30)} ${String(score).padStart(10)}`);
}
