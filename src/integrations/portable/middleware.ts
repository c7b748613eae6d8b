/**
 * Makes each page portable as it is generated (see ./index.ts), instead of reading and writing
 * every file again once the build is written. Pages Astro copies from its incremental cache were
 * made portable when they were first generated.
 */
import { defineMiddleware } from 'astro:middleware';
import { portableHtml } from './links';
import { pageFolder } from './page-folder';

// While pages are generated the build is not yet on disk: every internal URL naming a folder is
// taken to name a page, as all of the site's own links do.
const isDirectory = () => true;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) {
    return response;
  }
  const html = portableHtml(await response.text(), pageFolder(context.url.pathname), isDirectory);
  return new Response(html, response);
});
