/**
 * A worker thread that renders article Markdown with the site's pipeline (./body.ts), so a cold
 * build renders on every core. Node runs this file directly (type stripping); the hook lets it
 * import the pipeline's extensionless TypeScript paths as Vite does.
 */
import { registerHooks } from 'node:module';
import { parentPort } from 'node:worker_threads';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.\.?\//.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

// A variable path: the import happens after the hook above is in place.
const bodyModule = './body.ts';
const { renderBody } = (await import(bodyModule)) as typeof import('./body');

// One body at a time: the pool sends the next when this one is done (src/loaders/render-pool.ts).
parentPort?.on('message', async ({ job }: { job: Parameters<typeof renderBody>[0] }) => {
  try {
    parentPort?.postMessage({ result: await renderBody(job) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
