/**
 * `npm run build [-- --shard I/N] [--verbose] [--outDir <dir>]`
 *
 * Builds the site into `dist/` with Astro's JavaScript API (docs.astro.build/en/reference/programmatic-reference),
 * printing one progress line per phase instead of a line per page (src/build/log-destination.ts).
 * `--shard I/N` builds part I of N only, for a build spread over several machines; join the
 * parts with `npm run build:merge` (docs/deploy.md). `--verbose` prints every line Astro writes.
 * Runs with Node's own TypeScript support.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { summarizeWarnings } from '../src/build/log-destination.ts';
import { PART_VARIABLE, parsePart } from '../src/lib/build-parts.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let values: { shard?: string | undefined; verbose?: boolean | undefined; outDir?: string | undefined };
try {
  ({ values } = parseArgs({
    options: { shard: { type: 'string' }, verbose: { type: 'boolean' }, outDir: { type: 'string' } },
  }));
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run build [-- --shard I/N] [--verbose] [--outDir <dir>]`);
}

if (values.shard !== undefined) {
  try {
    parsePart(values.shard);
  } catch (error) {
    fail((error as Error).message);
  }
  process.env[PART_VARIABLE] = values.shard;
}

try {
  await build({
    ...(values.outDir ? { outDir: values.outDir } : {}),
    logger: {
      entrypoint: new URL('../src/build/log-destination.ts', import.meta.url),
      config: { verbose: values.verbose === true },
    },
  });
  summarizeWarnings();
} catch (error) {
  summarizeWarnings();
  const { message, hint, stack } = error as Error & { hint?: string };
  process.stderr.write(`\n${values.verbose && stack ? stack : message}\n${hint ? `Hint: ${hint}\n` : ''}`);
  process.exit(1);
}
