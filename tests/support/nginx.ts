/**
 * Serves one built site with Debian's nginx (a real static host) on loopback: at the root of one
 * port, and under a sub-path only on another. Its own config, pid and logs live in a temp folder;
 * nginx runs in the foreground as a child of the tests and is stopped by `close()`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface NginxSite {
  /** The site at the root of its port, ending in `/`. */
  rootUrl: string;
  /** The same files under `subPath`, ending in `/`; anything outside it is a plain 404. */
  mirrorUrl: string;
  close(): Promise<void>;
}

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export const hasNginx = existsSync(NGINX);

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function config(prefix: string, dist: string, ports: [number, number], subPath: string): string {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  absolute_redirect off;
  server {
    listen 127.0.0.1:${ports[0]};
    root ${dist};
    error_page 404 /404.html;
  }
  server {
    listen 127.0.0.1:${ports[1]};
    location ${subPath} {
      alias ${dist}/;
      error_page 404 ${subPath}404.html;
    }
    location / { return 404; }
  }
}
`;
}

async function waitForPort(url: string, child: ChildProcess, log: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${await readFile(log, 'utf8').catch(() => '')}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx did not answer at ${url}`);
}

export async function serveWithNginx(dist: string, subPath = '/mirror/deep/path/'): Promise<NginxSite> {
  const prefix = await mkdtemp(join(tmpdir(), 'broadsheet-nginx-'));
  await mkdir(join(prefix, 'temp'));
  const ports: [number, number] = [await freePort(), await freePort()];
  const conf = join(prefix, 'nginx.conf');
  await writeFile(conf, config(prefix, resolve(dist), ports, subPath));
  const log = join(prefix, 'error.log');
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', log], { stdio: 'ignore' });
  const rootUrl = `http://127.0.0.1:${ports[0]}/`;
  await waitForPort(rootUrl, child, log);
  return {
    rootUrl,
    mirrorUrl: `http://127.0.0.1:${ports[1]}${subPath}`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
