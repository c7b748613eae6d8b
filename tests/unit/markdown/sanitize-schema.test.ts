import { describe, expect, test } from 'vitest';
import { renderInlineMarkdown } from '../../../src/markdown/inline';
import { CLOBBER_PREFIX, sanitizeSchema } from '../../../src/markdown/sanitize-schema';
import { renderArticle } from './render';

describe('sanitize-schema', () => {
  test('should prefix ids and names against DOM clobbering', () => {
    expect(sanitizeSchema.clobberPrefix).toBe(CLOBBER_PREFIX);
    expect(sanitizeSchema.clobber).toEqual(expect.arrayContaining(['id', 'name']));
  });

  test.each([
    ['<div style="position:fixed;inset:0">x</div>', '<div>x</div>'],
    [
      '<p class="skip-link" id="main" name="x">x</p>',
      '<p id="user-content-main" name="user-content-x">x</p>',
    ],
    ['<img src="p.jpg" usemap="#m"><map name="m"><area href="javascript:alert(1)"></map>', '<p>Image</p>'],
    [
      '<details open><summary>More</summary>Text</details>',
      '<details open><summary>More</summary>Text</details>',
    ],
    [
      '<table background="x.png"><tr><td>x</td></tr></table>',
      '<table><tbody><tr><td>x</td></tr></tbody></table>',
    ],
    ['<form action="https://evil.example"><input name="q"><button>Go</button></form>', 'Go'],
    // Sizes are the stylesheet's: none of these may widen the page.
    ['<hr width=5000 size=3000>', '<hr>'],
    [
      '<table width="5000"><tr><td nowrap width="4000" height="900">x</td></tr></table>',
      '<table><tbody><tr><td>x</td></tr></tbody></table>',
    ],
    // No microdata: content cannot plant a second NewsArticle in the page.
    [
      '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">FAKE</span></div>',
      '<div><span>FAKE</span></div>',
    ],
    ['<style>body{display:none}</style><textarea>swallowed</textarea>tail', 'tail'],
    [
      '<figure><img src="https://evil.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>',
      '<figure><a href="https://evil.example/a.jpg" class="offsite-image" rel="noopener noreferrer">A</a><figcaption>Cap</figcaption></figure>',
    ],
    [
      '<abbr title="North Atlantic Treaty Organization">NATO</abbr>',
      '<p><abbr title="North Atlantic Treaty Organization">NATO</abbr></p>',
    ],
  ])('should reduce %j to %j', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });

  test.each([
    [
      '*Kim* at the [ceremony](https://example.com/)',
      '<em>Kim</em> at the <a href="https://example.com/" rel="noopener noreferrer">ceremony</a>',
    ],
    ['# Heading\n\n> quote', 'Heading\n\nquote'],
    ['Photo <script>alert(1)</script><img src=x onerror=alert(1)>', 'Photo Image'],
    ['[x](javascript:alert(1))', 'x'],
    ['[AFP](#)', 'AFP'],
    ['"><svg onload=alert(1)>', '">'],
  ])('should render the caption %j inline as %j', async (markdown, html) => {
    await expect(renderInlineMarkdown(markdown)).resolves.toBe(html);
  });
});
