/**
 * Tells pages and scripts whether `astro dev` serves them, as `import.meta.env.BROADSHEET_DEV_SERVER`.
 * `import.meta.env.DEV` cannot: Astro keeps a `NODE_ENV` already set (`development` in a shell,
 * `test` under Vitest), and a build made that way has `DEV` true.
 */
import type { AstroIntegration } from 'astro';

export function devServerFlag(): AstroIntegration {
  return {
    name: 'broadsheet:dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.BROADSHEET_DEV_SERVER': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
