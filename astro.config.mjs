// @ts-check
// Configuration reference: https://docs.astro.build/en/reference/configuration-reference/
import { setFlagsFromString } from 'node:v8';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentRoot } from './src/content-root.ts';
import { broadsheet } from './src/integrations/broadsheet/index.ts';
import { buildParts } from './src/integrations/build-parts.ts';
import { devServerFlag } from './src/integrations/dev-server.ts';
import { samplesNotice } from './src/integrations/samples-notice.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { portableBuild } from './src/integrations/portable/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

// Left alone, V8 lets the heap grow to several times what the build holds before it collects:
// at 10,000 articles that was 0.4 GB of garbage at the build's peak. With 40% headroom the peak
// is 0.3 GB lower and pages are generated as fast (docs/performance.md).
setFlagsFromString('--heap-growing-percent=40');

export default defineConfig({
  // Absolute URLs (canonical, feeds) need the public address; it is optional.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'ignore',
  // One dist/ for any address and for file://: relative URLs everywhere (docs/deploy.md).
  // Then the search index (src/integrations/search-index.ts).
  // And whether `astro dev` serves a page (src/integrations/dev-server.ts); a word when the
  // sample articles are shown (src/content-root.ts).
  // Which pages this build writes: all, or one part of a build split over machines (build-parts.ts).
  // dist/ is kept between builds, and what a build no longer makes deleted once all the others
  // have written theirs (keep-output.ts).
  integrations: [
    // The site's settings: name, interface language, logo, links… (docs/settings.md). With none,
    // it is the sample site. For example:
    //   broadsheet({ name: 'The Harbour Archive', lang: 'fr', logo: { src: './logo.svg' } }),
    broadsheet(),
    portableBuild(),
    searchIndex(),
    devServerFlag(),
    samplesNotice(),
    buildParts(),
    keepOutput(),
  ],
  // Each content folder keeps its own cache, so fixture builds never evict the real site's.
  cacheDir: process.env.BROADSHEET_CACHE ?? `./node_modules/.astro/${contentRoot.replace(/[^\w-]+/g, '_')}`,
  build: {
    // One small shared stylesheet, cached across pages; the CSP allows only same-origin styles.
    inlineStylesheets: 'never',
    // Pages wait on the file system (body files in, two copies of each page out): with a few in
    // flight, one renders while others wait. 2,000 pages: 7–8 s instead of 10–13 s.
    concurrency: 4,
  },
  image: {
    // https://docs.astro.build/en/reference/configuration-reference/#imageservice
    // sharp strips EXIF/GPS by default; mozjpeg makes the JPEG fallbacks ~10% smaller.
    service: { entrypoint: 'astro/assets/services/sharp', config: { jpeg: { mozjpeg: true } } },
  },
  experimental: {
    // Pages whose cacheKey (src/lib/cache-keys.ts) and code are unchanged are copied from the
    // last build instead of rendered: rebuilding an archive after one edit renders a few pages.
    incrementalBuild: true,
  },
  markdown: {
    // Astro 7's default processor does not sanitize: use unified with our pipeline.
    processor: unified(markdownOptions),
    // Highlighters add inline styles before the sanitizer; news copies rarely need them.
    syntaxHighlight: false,
  },
});
