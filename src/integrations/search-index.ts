/**
 * Full-text search (https://pagefind.app): after the build, Pagefind indexes the article pages
 * (the element marked `data-pagefind-body`) into `dist/pagefind/`, one index per language, with
 * word segmentation for Chinese and Japanese. The search page loads it in the browser; it needs
 * no server, so it works on any static host and under any sub-path.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported with the config: by the time builds finish, Vite can no longer load modules.
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: root });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
