/**
 * Makes the build portable (see docs/deploy.md): every internal URL in its HTML and CSS becomes
 * relative (folders linked as `…/index.html`), and `404.html` is made to work at any address.
 * Pages are rewritten as they are generated (./middleware.ts); stylesheets, the 404 page and any
 * HTML Astro did not generate (copied from `public/`) once `dist/` is written. Warns once when
 * `SITE_URL` is missing, as absolute URLs are then left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitePages } from '../build-channel';
import { listFiles } from '../files';
import { pageFile } from '../keep-output';
import { fileDirectory, portableCss } from '../../lib/portable-urls';
import { portableHtml } from './links';
import { portableNotFoundPage } from './not-found';
import { notFoundScript } from './not-found-script';
import { siteRoot } from '../../lib/site-url';

const ICON_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export function portableBuild(): AstroIntegration {
  let hasSite = false;
  let sitePath: string | undefined;
  let publicDir = '';
  let assetsDir = '';
  return {
    name: 'broadsheet:portable-build',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, updateConfig }) => {
        // The dev server serves pages at their own addresses and its scripts from /src/…: only
        // a build is made portable.
        if (command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./middleware.ts', import.meta.url), order: 'post' });
        // Client scripts find their chunks and assets relative to themselves, not from `/`.
        updateConfig({
          vite: {
            experimental: {
              renderBuiltUrl: (_file: string, { hostType }: { hostType: string }) =>
                hostType === 'js' ? { relative: true } : undefined,
            },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        hasSite = config.site !== undefined;
        sitePath = siteRoot(config.site)?.pathname;
        publicDir = fileURLToPath(config.publicDir);
        assetsDir = config.build.assets;
      },
      // Warned at build time only, so dev, check and tests stay quiet.
      'astro:build:start': ({ logger }) => {
        if (!hasSite) {
          logger.warn(
            'SITE_URL is not set: canonical links, og:url, feeds, the sitemap and JSON-LD URLs are left out. ' +
              'Set SITE_URL to the public address of the site (with its path) to include them.',
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Only what may need rewriting is looked at, not all of dist/ (110,000 pages at 100,000
        // articles): stylesheets and scripts in the assets folder, the 404 page, and pages
        // copied from public/.
        const copied = new Set(await listFiles(publicDir));
        const assets = (await listFiles(join(root, assetsDir))).map((file) => `${assetsDir}/${file}`);
        const files = [...assets, ...[...copied, '404.html'].filter((file) => existsSync(join(root, file)))];
        // Every page of the site, also those another part of a split build writes (../build-parts.ts).
        const pageFiles = [...files, ...(sitePages() ?? []).map(pageFile)];
        const indexes = new Set(pageFiles.filter((file) => /(^|\/)index\.html$/.test(file)));
        const isDirectory = (path: string) => indexes.has(path === '' ? 'index.html' : `${path}/index.html`);
        const css = new Map<string, string>();
        for (const file of files.filter((name) => name.endsWith('.css'))) {
          const text = await readFile(join(root, file), 'utf8');
          css.set(file, text);
          await writeFile(join(root, file), portableCss(text, fileDirectory(file), isDirectory));
        }
        // Generated pages are already portable (./middleware.ts); pages copied from public/ are not.
        const rest = files.filter((file) => file.endsWith('.html'));
        for (const file of rest) {
          let html = await readFile(join(root, file), 'utf8');
          if (file === '404.html') {
            html = portableNotFoundPage(
              html,
              (href) => {
                const path = decodeURIComponent(new URL(href, 'http://site.invalid/').pathname.slice(1));
                const text = css.get(path);
                // Inlined, its (root-relative) URLs resolve against the page: make them relative to the root.
                return text === undefined ? undefined : portableCss(text, '', isDirectory);
              },
              (href) => {
                const path = decodeURIComponent(new URL(href, 'http://site.invalid/').pathname.slice(1));
                const type = ICON_TYPES[extname(path).toLowerCase()];
                const file = join(root, path);
                return type && existsSync(file) ? { type, bytes: readFileSync(file) } : undefined;
              },
              notFoundScript({
                // Names at the root tell the 404 page where the root is (`…/articles/gone/`). From
                // the pages this build makes, not dist/'s listing: a rebuild writes what a cold one does.
                sections: [...new Set(pageFiles.map((page) => page.split('/')[0] ?? ''))].filter(
                  (name) => name !== '',
                ),
                ...(sitePath !== undefined && { sitePath }),
              }),
            );
          }
          html = portableHtml(html, fileDirectory(file), isDirectory);
          await writeFile(join(root, file), html);
          // IPFS gateways serve `ipfs-404.html` for missing paths under a CID.
          if (file === '404.html') await writeFile(join(root, 'ipfs-404.html'), html);
        }
        logger.info(
          `Pages use relative URLs (${rest.length} rewritten now, the rest as generated), and ${css.size} stylesheets.`,
        );
        // Scripts are not rewritten: say so if one still loads something from the host's root.
        for (const file of files.filter((name) => /\.m?js$/.test(name))) {
          const code = await readFile(join(root, file), 'utf8');
          if (/["'`]\/_astro\//.test(code)) {
            logger.warn(`${file} refers to /_astro/ from the root: it will break under a sub-path.`);
          }
        }
      },
    },
  };
}
