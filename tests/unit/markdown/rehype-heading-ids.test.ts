import { describe, expect, test } from 'vitest';
import { renderArticle } from './render';

describe('rehype-heading-ids', () => {
  test.each([
    ['## The talks', '<h2 id="user-content-the-talks">The talks</h2>'],
    ['# alert', '<h1 id="user-content-alert">alert</h1>'],
    [
      '## location\n\n## location',
      '<h2 id="user-content-location">location</h2>\n<h2 id="user-content-location-1">location</h2>',
    ],
    ['<h3 id="document">Doc</h3>', '<h3 id="user-content-document">Doc</h3>'],
    ['## !!!\n\n## ???', '<h2 id="user-content-section">!!!</h2>\n<h2 id="user-content-section-1">???</h2>'],
    ['## Über *uns*', '<h2 id="user-content-über-uns">Über <em>uns</em></h2>'],
  ])('should give %j an id that cannot clobber page globals', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });
});
