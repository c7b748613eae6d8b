import { describe, expect, test } from 'vitest';
import { renderArticle } from './render';

describe('remark-undecodable-images', () => {
  test.each([
    ['![Kim](photo%E0%A4%A.jpg)', '<p>Kim</p>'],
    ['![Kim][k]\n\n[k]: photo%E0%A4%A.jpg', '<p>Kim</p>'],
    ['![](photo%E0%A4%A.jpg) after', '<p> after</p>'],
    ['![Kim](https://example.com/%E0%A4%A.jpg)', '<p>Kim</p>'],
    ['<img src="photo%E0%A4%A.jpg" alt="raw">', 'raw'],
    [
      '[Kim](https://example.com/%E0%A4%A)',
      '<p><a href="https://example.com/%E0%A4%25A" rel="noopener noreferrer">Kim</a></p>',
    ],
  ])('should render %j with its text instead of failing', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });
});
