/**
 * Lighthouse on the seed article and the home page, served on loopback, with its mobile
 * settings: accessibility, best practices and SEO score 100. Performance is a timing, so it is
 * reported by `npm run bench`, not asserted here.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runLighthouse } from '../support/lighthouse';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/sites';
import { TIMEOUTS } from '../support/timeouts';

const SEED = 'articles/kim-jong-un-honors-north-korean-soldiers-killed-fighting-for-russia-a89626/';

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(siteDir('main'));
});

afterAll(async () => {
  await server?.close();
});

test.each([
  ['the seed article', SEED],
  ['the home page', ''],
])(
  '%s scores 100 for accessibility, best practices and SEO',
  { timeout: TIMEOUTS.lighthouse },
  async (_, path) => {
    const { scores, failures } = await runLighthouse(`${server.url}${path}`, [
      'accessibility',
      'best-practices',
      'seo',
    ]);
    expect(failures).toEqual([]);
    expect(scores).toEqual({ accessibility: 1, 'best-practices': 1, seo: 1 });
  },
);
