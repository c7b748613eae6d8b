import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/pipeline';
import { rootRelativeHref } from '../../src/markdown/rehype-root-relative-links';

describe('rootRelativeHref', () => {
  test.each([
    ['/articles/y/', undefined, '../../articles/y/'],
    ['/articles/y/#notes', undefined, '../../articles/y/#notes'],
    ['/', undefined, '../../'],
    ['/tags/russia/', undefined, '../../tags/russia/'],
    ['y.md', '/site/content/articles/x.md', '../../articles/y/'],
    ['./y.md#part', '/site/content/articles/x.md', '../../articles/y/#part'],
    ['y/index.md', '/site/content/articles/x.md', '../../articles/y/'],
    ['../y/index.md', '/site/content/articles/x/index.md', '../../articles/y/'],
    ['../y.md', '/site/content/articles/x/index.md', '../../articles/y/'],
    ['y.md', undefined, '../../articles/y/'],
  ])('should turn %s (in %s) into %s', (href, path, expected) => {
    expect(rootRelativeHref(href, path)).toBe(expected);
  });

  test.each([
    ['/2025/07/01/other-story', 'https://www.themoscowtimes.com/2025/07/01/other-story'],
    ['/news/x?y=1#z', 'https://www.themoscowtimes.com/news/x?y=1#z'],
    ['/articles/y/', '../../articles/y/'],
    ['/tags/russia/', '../../tags/russia/'],
    ['/', '../../'],
  ])(
    'should resolve %s scraped from the original against its source, unless it is one of ours',
    (href, expected) => {
      expect(rootRelativeHref(href, undefined, 'https://www.themoscowtimes.com/2025/07/01/story-a1')).toBe(
        expected,
      );
    },
  );

  test.each([
    ['https://example.org/articles/y/'],
    ['//example.org/y/'],
    ['#notes'],
    ['../y/'],
    ['notes.txt'],
    ['../../../elsewhere.md'],
    ['mailto:a@example.org'],
  ])('should leave %s alone', (href) => {
    expect(rootRelativeHref(href, '/site/content/articles/x.md')).toBeUndefined();
  });
});

describe('the Markdown pipeline', () => {
  test('should link root-relative and by-file links to other articles relative to the page', async () => {
    const processor = await createMarkdownProcessor(markdownOptions);
    const { code } = await processor.render('[A](/articles/y/) and [B](z.md) and [C](https://example.org/)', {
      fileURL: new URL('file:///site/content/articles/x.md'),
    });
    expect(code).toContain('<a href="../../articles/y/">A</a>');
    expect(code).toContain('<a href="../../articles/z/">B</a>');
    expect(code).toContain('href="https://example.org/"');
  });

  test('should send links scraped from the original to the original, as external links', async () => {
    const processor = await createMarkdownProcessor(markdownOptions);
    const { code } = await processor.render('[Earlier](/2025/06/30/earlier-a1)', {
      fileURL: new URL('file:///site/content/articles/x.md'),
      frontmatter: { source: 'https://news.example.com/2025/07/01/x' },
    });
    expect(code).toContain(
      '<a href="https://news.example.com/2025/06/30/earlier-a1" rel="noopener noreferrer">Earlier</a>',
    );
  });
});
