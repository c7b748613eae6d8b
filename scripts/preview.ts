/**
 * `npm run preview [-- --base /user/repo/ --port 4321 --dir dist --host 127.0.0.1]`
 *
 * Serves a built site the way a static host would, under any sub-path (`--base`, or the
 * `PREVIEW_BASE` environment variable), so you can see what your host will do before you deploy.
 * Missing addresses under the base get the site's `404.html` with status 404, as on GitHub Pages,
 * Netlify or nginx with `error_page`; addresses outside the base are not the site's.
 * Runs with Node's own TypeScript support: no build step, no imports from src/.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env['PREVIEW_BASE'] ?? '/' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

const base = `/${(values.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const dir = resolve(values.dir ?? 'dist');
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const files = sirv(dir, { dev: true, etag: true });
const notFound = resolve(dir, '404.html');

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(base)) {
    if (url === '/' || url === base.slice(0, -1)) {
      res.writeHead(302, { location: base }).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Not found. The site is served under ${base}\n`);
    return;
  }
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => {
    res.statusCode = 404;
    if (!existsSync(notFound)) {
      res.end('Not found\n');
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    createReadStream(notFound).pipe(res);
  });
});

server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${dir} at http://${values.host}:${port}${base}`);
  console.log('The same files work from any path, and opened from disk: dist/index.html.');
});
