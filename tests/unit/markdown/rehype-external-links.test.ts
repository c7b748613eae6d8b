import { describe, expect, test } from 'vitest';
import { withScheme } from '../../../src/markdown/rehype-external-links';
import { renderArticle } from './render';

describe('rehype-external-links', () => {
  test.each([
    ['[a](https://example.com/x)', '<p><a href="https://example.com/x" rel="noopener noreferrer">a</a></p>'],
    ['[a](http://example.com/)', '<p><a href="http://example.com/" rel="noopener noreferrer">a</a></p>'],
    [
      '<https://example.com>',
      '<p><a href="https://example.com" rel="noopener noreferrer">https://example.com</a></p>',
    ],
    [
      '<a href="https://example.com/" rel="opener" target="_blank">a</a>',
      '<p><a href="https://example.com/" rel="noopener noreferrer">a</a></p>',
    ],
    ['[a](//evil.example/p)', '<p><a href="https://evil.example/p" rel="noopener noreferrer">a</a></p>'],
    [
      '<a href="/\\evil.example/p">a</a>',
      '<p><a href="https://evil.example/p" rel="noopener noreferrer">a</a></p>',
    ],
    [
      '<a href=" \\\\evil.example">a</a>',
      '<p><a href="https://evil.example" rel="noopener noreferrer">a</a></p>',
    ],
    ['[a](mailto:desk@example.com)', '<p><a href="mailto:desk@example.com">a</a></p>'],
  ])('should give %j the rel of a link that leaves the site', async (markdown, html) => {
    await expect(renderArticle(markdown)).resolves.toBe(html);
  });

  test.each([
    ['//host/p', 'https://host/p'],
    ['\t/\\host', 'https://host'],
    ['/\n/host', 'https://host'],
    ['/local/path', '/local/path'],
    ['https://host/', 'https://host/'],
  ])('should read %j as %j', (href, expected) => {
    expect(withScheme(href)).toBe(expected);
  });
});
