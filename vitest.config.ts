/// <reference types="vitest/config" />
// Unit and component tests run through Astro's Vite config (so `astro:content` and `.astro` files
// resolve); end-to-end tests drive Chromium against sites built once in a global setup.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser at a time: this machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
