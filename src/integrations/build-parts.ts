/**
 * Which pages this build writes, through Astro's prerenderer hook (`setPrerenderer`): all of
 * them, or in a build split over machines (`--shard I/N`, ../lib/build-parts.ts) only those of
 * its part. Counts the pages for the progress lines (../build/progress.ts), and tells the other
 * integrations every page of the whole site (./build-channel.ts), which a part cannot see in its
 * own `dist/`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PART_FILE, type PartInfo } from '../build/merge-parts';
import { endPhase, startPhase } from '../build/progress';
import { articlePart, articleSlugOf, currentPart, everyPartWrites, pagePart } from '../lib/build-parts';
import { sitePagesKnown } from './build-channel';

/** The progress phase of pages (../build/log-destination.ts counts them as Astro writes them). */
const PAGES = 'pages';

export function buildParts(): AstroIntegration {
  return {
    name: 'broadsheet:build-parts',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const part = currentPart();
        if (part) logger.info(`Building part ${part.index + 1} of ${part.count}.`);
        setPrerenderer((prerenderer) => ({
          name: 'broadsheet:build-parts',
          ...(prerenderer.setup ? { setup: () => prerenderer.setup?.() ?? Promise.resolve() } : {}),
          getStaticPaths: async () => {
            const all = await prerenderer.getStaticPaths();
            sitePagesKnown(all.map(({ pathname }) => pathname));
            const articles = all.filter(({ pathname }) => articleSlugOf(pathname) !== undefined).length;
            const mine = part
              ? all.filter(({ pathname }) => {
                  if (everyPartWrites(pathname)) return true;
                  const slug = articleSlugOf(pathname);
                  const owner =
                    slug === undefined
                      ? pagePart(pathname, part.count)
                      : articlePart(slug, articles, part.count);
                  return owner === part.index;
                })
              : all;
            startPhase(PAGES, 'pages written', mine.length);
            return mine;
          },
          render: (request, options) => prerenderer.render(request, options),
          ...(prerenderer.collectStaticImages
            ? { collectStaticImages: () => prerenderer.collectStaticImages?.() ?? Promise.resolve(new Map()) }
            : {}),
          teardown: async () => {
            await prerenderer.teardown?.();
            endPhase(PAGES);
          },
        }));
      },
      'astro:build:done': async ({ dir }) => {
        const part = currentPart();
        if (!part) return;
        // For `npm run build:merge`, which checks that it joins every part of one build.
        const info: PartInfo = { part: part.index + 1, count: part.count };
        await writeFile(join(fileURLToPath(dir), PART_FILE), JSON.stringify(info));
      },
    },
  };
}
