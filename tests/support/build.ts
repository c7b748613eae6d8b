/**
 * Builds the real site, optionally from another content folder, into an output folder. A content
 * folder with its own `astro.config.mjs` (a fixture site with settings) is built with that file.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `astro build` with the Node running the tests; resolves with its exit code and output. */
export function buildSite(options: {
  content?: string;
  outDir: string;
  env?: Record<string, string>;
}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
    if (options.content) env['BROADSHEET_CONTENT'] = options.content;
    const config = options.content && join(options.content, 'astro.config.mjs');
    const args = [astro, 'build', '--outDir', options.outDir];
    if (config && existsSync(join(root, config))) args.push('--config', config);
    const child = spawn(process.execPath, args, { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export const projectRoot = root;

/** Runs one of the project's scripts (`scripts/build.ts`, `scripts/merge.ts`) as `npm run` would. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
