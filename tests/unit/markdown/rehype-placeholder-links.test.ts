import { describe, expect, test } from 'vitest';
import { renderArticle } from './render';

describe('rehype-placeholder-links', () => {
  test.each([
    ['[AFP](#)', '<p>AFP</p>'],
    ['[AFP]()', '<p>AFP</p>'],
    ['[AFP]( # )', '<p>AFP</p>'],
    ['[AFP][ref]\n\n[ref]: #', '<p>AFP</p>'],
    ['<a href="#">Reuters</a>', '<p>Reuters</p>'],
    ['<a href="">Reuters</a>', '<p>Reuters</p>'],
    ['<a>Reuters</a>', '<p>Reuters</p>'],
    ['<a href="#" onclick="alert(1)">AP</a>', '<p>AP</p>'],
    ['By [**Jane** Doe](#)', '<p>By <strong>Jane</strong> Doe</p>'],
    ['[x](javascript:alert(1))', '<p>x</p>'],
    ['<a href="java\tscript:alert(1)">x</a>', '<p>x</p>'],
    ['<a href=" JAVASCRIPT:alert(1)">x</a>', '<p>x</p>'],
    ['[x](data:text/html,hi)', '<p>x</p>'],
    ['<a href="vbscript:msgbox(1)">x</a>', '<p>x</p>'],
  ])('should turn the link %j that goes nowhere into plain text', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });

  test.each([
    ['[Notes](#notes)', '<p><a href="#user-content-notes">Notes</a></p>'],
    [
      '[Site](https://example.com/)',
      '<p><a href="https://example.com/" rel="noopener noreferrer">Site</a></p>',
    ],
  ])('should keep the real link %j', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });
});
