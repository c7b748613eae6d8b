/// <reference types="vitest/config" />
// Unit and component tests run through Astro's Vite config (so `astro:content` and `.astro` files
// resolve); end-to-end tests drive Chromium against sites built once in a global setup.
import { getViteConfig } from 'astro/config';
import { TIMEOUTS } from './tests/support/timeouts.ts';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
          // Not Vitest's 5 s: rendering is heavy work on a busy machine (tests/support/timeouts.ts).
          testTimeout: TIMEOUTS.render,
          hookTimeout: TIMEOUTS.render,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Every test drives a browser or a build; hooks build sites (tests/support/timeouts.ts).
          testTimeout: TIMEOUTS.browser,
          hookTimeout: TIMEOUTS.build,
          // One browser at a time: this machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
