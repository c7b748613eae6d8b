import { describe, expect, test } from 'vitest';
import { articlePath, sitePath } from '../../src/lib/paths';
import {
  fileDirectory,
  portableCss,
  portableRefresh,
  portableSrcset,
  portableUrl,
  relativePath,
  siteHref,
} from '../../src/lib/portable-urls';
import { absoluteUrl, siteRoot } from '../../src/lib/site-url';

// The folders of a small built site: the root, two articles, a tag and page 2.
const folders = new Set(['', 'articles/a', 'articles/b', 'tags/russia', '2']);
const isDirectory = (path: string) => folders.has(path);

describe('sitePath and articlePath', () => {
  test('should write root-relative URLs for the build to make relative', () => {
    expect(sitePath()).toBe('/');
    expect(sitePath('/tags/x/')).toBe('/tags/x/');
    expect(articlePath('a')).toBe('/articles/a/');
  });
});

describe('fileDirectory', () => {
  test.each([
    ['index.html', ''],
    ['404.html', ''],
    ['articles/a/index.html', 'articles/a/'],
    ['_astro/site.css', '_astro/'],
  ])('should place %s in folder "%s"', (file, folder) => {
    expect(fileDirectory(file)).toBe(folder);
  });
});

describe('relativePath', () => {
  test.each([
    ['', 'index.html', 'index.html'],
    ['', 'articles/a/index.html', 'articles/a/index.html'],
    ['articles/a/', 'index.html', '../../index.html'],
    ['articles/a/', 'articles/b/index.html', '../b/index.html'],
    ['articles/a/', 'articles/a/index.html', 'index.html'],
    ['articles/a/', '_astro/site.css', '../../_astro/site.css'],
    ['tags/russia/', 'tags/index.html', '../index.html'],
    ['articles/a/', 'articles/', '../'],
    ['', '', './'],
  ])('from "%s" to "%s" should be "%s"', (from, to, expected) => {
    expect(relativePath(from, to)).toBe(expected);
  });
});

describe('portableUrl', () => {
  test.each([
    // Root-relative URLs always become relative; folders get their index.html.
    ['/', '', 'index.html'],
    ['/', 'articles/a/', '../../index.html'],
    ['/articles/b/', 'articles/a/', '../b/index.html'],
    ['/articles/b', 'articles/a/', '../b/index.html'],
    ['/2', '', '2/index.html'],
    ['/_astro/site.css', 'articles/a/', '../../_astro/site.css'],
    ['/articles/b/#notes', 'articles/a/', '../b/index.html#notes'],
    ['/articles/b/?q=1', '', 'articles/b/index.html?q=1'],
    ['/missing/', 'articles/a/', '../../missing/'],
    ['/a%20b.pdf', 'articles/a/', '../../a%20b.pdf'],
    // Relative URLs to folders gain index.html, from disk a folder is not a page.
    ['../b/', 'articles/a/', '../b/index.html'],
    ['./', 'articles/a/', 'index.html'],
    ['../../tags/russia/', 'articles/a/', '../../tags/russia/index.html'],
  ])('should turn %s on a page in "%s" into %s', (url, from, expected) => {
    expect(portableUrl(url, from, isDirectory)).toBe(expected);
  });

  test.each([
    ['https://example.org/x/'],
    ['//example.org/x/'],
    ['mailto:desk@example.org'],
    ['data:,'],
    ['#main'],
    ['?page=2'],
    [''],
    ['index.html'],
    ['../b/index.html'],
    ['../../_astro/site.css'],
    ['../missing/'],
  ])('should keep %s as it is', (url) => {
    expect(portableUrl(url, 'articles/a/', isDirectory)).toBeUndefined();
  });
});

describe('portableSrcset', () => {
  test('should make every candidate relative and keep its descriptor', () => {
    expect(portableSrcset('/_astro/a.webp 400w, /_astro/b.webp 800w', 'articles/a/', isDirectory)).toBe(
      '../../_astro/a.webp 400w, ../../_astro/b.webp 800w',
    );
  });

  test('should keep a srcset with nothing to change', () => {
    expect(portableSrcset('a.webp 1x, https://example.org/b.webp 2x', '', isDirectory)).toBeUndefined();
  });
});

describe('portableRefresh', () => {
  test('should make the URL of a meta refresh relative', () => {
    expect(portableRefresh('0;url=/articles/b/', 'articles/a/', isDirectory)).toBe('0;url=../b/index.html');
  });
});

describe('portableCss', () => {
  test('should make url() and @import references relative to the stylesheet', () => {
    const css = '@import "/_astro/base.css";a{background:url(/_astro/x.png)}b{src:url("/_astro/f.woff2")}';
    expect(portableCss(css, '_astro/', isDirectory)).toBe(
      '@import "base.css";a{background:url(x.png)}b{src:url("f.woff2")}',
    );
  });

  test('should keep data: and off-site URLs', () => {
    const css = 'a{background:url(data:image/png;base64,AAA)}b{background:url(https://example.org/x.png)}';
    expect(portableCss(css, '_astro/', isDirectory)).toBe(css);
  });
});

describe('siteHref', () => {
  test.each([
    ['/articles/a/', 'https://example.org/news/', 'https://example.org/news/articles/a/index.html'],
    ['/articles/a/#part', 'https://example.org/news/', 'https://example.org/news/articles/a/index.html#part'],
    ['/', 'file:///home/me/dist/', 'file:///home/me/dist/index.html'],
    [
      'articles/a/',
      'http://127.0.0.1:8080/ipfs/bafy/',
      'http://127.0.0.1:8080/ipfs/bafy/articles/a/index.html',
    ],
    ['/feed.json', 'https://example.org/', 'https://example.org/feed.json'],
  ])('should place %s under %s as %s', (path, root, expected) => {
    expect(siteHref(path, root)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['https://example.org', 'articles/a/', 'https://example.org/articles/a/'],
    ['https://example.org/', '/articles/a/', 'https://example.org/articles/a/'],
    ['https://user.github.io/repo', 'articles/a/', 'https://user.github.io/repo/articles/a/'],
    ['https://user.github.io/repo/', '', 'https://user.github.io/repo/'],
    ['https://example.org/news/?x=1#top', 'rss.xml', 'https://example.org/news/rss.xml'],
  ])('should put %s and %s together as %s', (site, path, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });

  test('should give no URL without a site address', () => {
    expect(absoluteUrl('articles/a/', undefined)).toBeUndefined();
    expect(siteRoot('')).toBeUndefined();
  });
});
