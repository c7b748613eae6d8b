/** Serves a built site on a loopback port, optionally under a sub-path. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** Base URL of the site, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, basePath = '/'): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
