/**
 * `npm run build:merge -- <dist of part 1> … <dist of part N> [--outDir dist]`
 *
 * Joins the parts of a build split over machines (`npm run build -- --shard I/N`) into one site
 * in `dist/`, the same site one machine would build (docs/deploy.md). Runs with Node's own
 * TypeScript support.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeParts } from '../src/build/merge-parts.ts';

const started = performance.now();
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { outDir: { type: 'string', default: 'dist' } },
  });
  const out = resolve(values.outDir);
  const { files, shared, shards } = await mergeParts(
    positionals.map((dir) => resolve(dir)),
    out,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✓ ${positionals.length} parts joined into ${values.outDir}/ in ${seconds} s: ${files} files (${shared} written by more than one part, all the same), ${shards} search shards`,
  );
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
