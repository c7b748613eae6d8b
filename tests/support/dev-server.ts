/** Runs `astro dev` on a free loopback port, as `npm run dev` does, for tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './build';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface DevServer {
  /** The dev server's address, ending in `/`. */
  url: string;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The environment without Vitest's variables: under `VITEST`, `astro dev` serves no route. */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST')));
}

/** A port nothing listens on now (Vite moves to the next one if it is taken meanwhile). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the dev server and resolves once it prints its address. */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const port = String(await freePort());
  const child: ChildProcess = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', port], {
    cwd: projectRoot,
    env: { ...outsideVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it stops every process it started.
    detached: true,
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const read = (data: Buffer) => {
      output += data.toString();
      const match = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.replace(/\u001b\[[\d;]*m/g, ''));
      if (match?.[1]) resolve({ url: match[1], output: () => output, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}
