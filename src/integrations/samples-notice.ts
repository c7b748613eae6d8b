/** Says so when the site is built from the sample articles (src/content-root.ts). */
import type { AstroIntegration } from 'astro';
import { contentRoot, SAMPLE_CONTENT } from '../content-root';

export function samplesNotice(): AstroIntegration {
  return {
    name: 'broadsheet:samples-notice',
    hooks: {
      'astro:config:done': ({ logger }) => {
        if (contentRoot !== SAMPLE_CONTENT || process.env['BROADSHEET_CONTENT']) return;
        logger.info(
          'content/articles/ holds no article yet: showing the sample articles from samples/. ' +
            'Add yours (npm run import -- <file>) and they replace the samples.',
        );
      },
    },
  };
}
