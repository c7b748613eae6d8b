import { describe, expect, test } from 'vitest';
import { renderArticle } from './render';

const EVIL = 'https://evil.example';

describe('rehype-offsite-media', () => {
  test.each([
    [
      `![Kim at the ceremony](${EVIL}/kim.jpg)`,
      `<p><a href="${EVIL}/kim.jpg" class="offsite-image" rel="noopener noreferrer">Kim at the ceremony</a></p>`,
    ],
    [
      `See <img src="${EVIL}/kim.jpg" alt="Kim">`,
      `<p>See <a href="${EVIL}/kim.jpg" class="offsite-image" rel="noopener noreferrer">Kim</a></p>`,
    ],
    [
      `![](${EVIL}/kim.jpg)`,
      `<p><a href="${EVIL}/kim.jpg" class="offsite-image" rel="noopener noreferrer">Image</a></p>`,
    ],
    [
      `[![Kim](${EVIL}/kim.jpg)](https://example.com/)`,
      '<p><a href="https://example.com/" rel="noopener noreferrer">Kim</a></p>',
    ],
    ['![Kim](//evil.example/kim.jpg)', '<p>Kim</p>'],
    ['![Kim](/images/kim.jpg)', '<p>Kim</p>'],
    // Both name `\evil.example/…` and `\images/…`: a browser reads the backslash as a slash.
    ['![Kim](\\\\evil.example/kim.jpg)', '<p>Kim</p>'],
    ['![Kim](\\images/kim.jpg)', '<p>Kim</p>'],
    ['![Kim](data:image/png;base64,AAAA)', '<p>Kim</p>'],
    ['<img src="photo.jpg" alt="Raw HTML names no file of ours">', 'Raw HTML names no file of ours'],
    ['<img src=x onerror=alert(1)>', 'Image'],
    [`<img src="photo.jpg" alt="p" srcset="${EVIL}/kim.jpg 2x">`, 'p'],
  ])('should not load %j, keeping its alt text', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });
});
