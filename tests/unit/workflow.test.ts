/**
 * The GitHub Actions workflow in docs/examples/github-pages.yml runs only commands this project
 * has, with the flags they take, and its parts, cache and merge agree with each other.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workflow = parse(readFileSync(`${root}docs/examples/github-pages.yml`, 'utf8')) as {
  env: Record<string, string | number>;
  jobs: Record<
    string,
    {
      strategy?: { matrix: { part: number[] } };
      steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }>;
    }
  >;
};
const scripts = (
  JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }
).scripts;
const commands = Object.values(workflow.jobs).flatMap((job) =>
  job.steps.flatMap((step) => step.run?.split('\n') ?? []),
);
const parts = Number(workflow.env['PARTS']);

/** A command of the workflow with its GitHub expressions filled in, for part `part`. */
const filled = (command: string, part: number) =>
  command.replaceAll('${{ matrix.part }}', String(part)).replaceAll('${{ env.PARTS }}', String(parts));

describe('the GitHub Pages workflow', () => {
  test('should run only npm ci and scripts of package.json', () => {
    expect(commands.length).toBeGreaterThan(2);
    for (const command of commands.filter((line) => line.trim())) {
      const [, script] = /^npm run ([\w:-]+)/.exec(command) ?? [];
      if (command.trim() === 'npm ci') continue;
      expect(script, command).toBeDefined();
      expect(Object.keys(scripts), command).toContain(script);
    }
  });

  test('should build each part of the matrix with a --shard the build accepts', () => {
    expect(workflow.jobs['build']?.strategy?.matrix.part).toEqual(
      Array.from({ length: parts }, (_, i) => i + 1),
    );
    const build = commands.find((command) => command.startsWith('npm run build --'));
    expect(build).toBeDefined();
    // The build checks its arguments before anything else: an out-of-range part proves the flag is read.
    const args = filled(build ?? '', parts + 1)
      .replace(/^npm run build -- /, '')
      .split(' ');
    const run = spawnSync(process.execPath, [`${root}scripts/build.ts`, ...args], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `--shard must be I/N with 1 ≤ I ≤ N, for example 2/4 (got "${parts + 1}/${parts}")`,
    );
  });

  test('should merge every part, and cache the folder the build caches in', () => {
    const merge = commands.find((command) => command.startsWith('npm run build:merge'));
    expect(merge).toBe(
      `npm run build:merge -- ${Array.from({ length: parts }, (_, i) => `parts/part-${i + 1}`).join(' ')}`,
    );
    const cache = workflow.jobs['build']?.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['path']).toBe(workflow.env['BROADSHEET_CACHE']);
    // One cache per part: a part's cache holds only its own pages and bodies.
    expect(String(cache?.with?.['key'])).toContain('part-${{ matrix.part }}-of-${{ env.PARTS }}-');
  });
});
