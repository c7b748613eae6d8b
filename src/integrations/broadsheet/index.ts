/**
 * `broadsheet({...})`, the project's own integration: the site's settings (name, interface
 * language, logo, links… see src/schemas/settings.ts and docs/settings.md) are validated before
 * anything is built, and pages read them from `virtual:broadsheet/settings`. `site` (the public
 * address) may be set here; the `SITE_URL` environment variable wins.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import type { SettingsInput } from '../../schemas/settings';
import { resolveSettings, SettingsError } from './resolve';
import { settingsModule } from './virtual-module';

export function broadsheet(options: SettingsInput = {}): AstroIntegration {
  return {
    name: 'broadsheet',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        let settings;
        try {
          settings = await resolveSettings(options, fileURLToPath(config.root));
        } catch (error) {
          if (!(error instanceof SettingsError)) throw error;
          throw new AstroError(
            error.message.replace('Broadsheet settings', 'Broadsheet settings in broadsheet({...})'),
            'Fix these fields of broadsheet({...}) in astro.config.mjs; see docs/settings.md.',
          );
        }
        updateConfig({
          ...(process.env['SITE_URL'] || !settings.site ? {} : { site: settings.site }),
          vite: { plugins: [settingsModule(settings)] },
        });
      },
    },
  };
}
