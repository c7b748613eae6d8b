import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { allowInCsp } from '../../src/integrations/portable/csp';
import { portableHtml } from '../../src/integrations/portable/links';
import { portableNotFoundPage } from '../../src/integrations/portable/not-found';
import { notFoundScript, ROOT_CANDIDATES } from '../../src/integrations/portable/not-found-script';

const folders = new Set(['', 'articles/a', 'articles/b']);
const isDirectory = (path: string) => folders.has(path);

describe('portableHtml', () => {
  test('should drop the img attributes Astro gives a <source>, where HTML allows none', () => {
    const html =
      '<picture><source type="image/avif" loading="lazy" decoding="async" width="640" src="/_astro/a.avif" srcset="/_astro/a.avif 640w">' +
      '<img src="/_astro/a.jpg" loading="lazy" decoding="async" alt="A"></picture>';
    expect(portableHtml(html, '', isDirectory)).toBe(
      '<picture><source type="image/avif" width="640" srcset="_astro/a.avif 640w">' +
        '<img src="_astro/a.jpg" loading="lazy" decoding="async" alt="A"></picture>',
    );
  });

  test('should make every internal URL of a page relative and leave the rest byte for byte', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/site.css">' +
      '<link rel="canonical" href="https://example.org/articles/a/"></head>' +
      '<body><a href="/">Home</a> <a href="#main">Skip</a> <a href=/articles/b/>B</a>' +
      '<picture><source srcset="/_astro/a.avif 400w, /_astro/b.avif 800w"><img src="/_astro/a.jpg" alt="A &amp; B"></picture>' +
      '<svg><use xlink:href="/_astro/icons.svg#x"></use></svg>' +
      '<template><a href="/articles/a/">T</a></template>' +
      '<p>Text that says href="/articles/b/" stays text.</p></body></html>';
    expect(portableHtml(html, 'articles/a/', isDirectory)).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="../../_astro/site.css">' +
        '<link rel="canonical" href="https://example.org/articles/a/"></head>' +
        '<body><a href="../../index.html">Home</a> <a href="#main">Skip</a> <a href="../b/index.html">B</a>' +
        '<picture><source srcset="../../_astro/a.avif 400w, ../../_astro/b.avif 800w"><img src="../../_astro/a.jpg" alt="A &amp; B"></picture>' +
        '<svg><use xlink:href="../../_astro/icons.svg#x"></use></svg>' +
        '<template><a href="index.html">T</a></template>' +
        '<p>Text that says href="/articles/b/" stays text.</p></body></html>',
    );
  });

  test('should escape what it writes into an attribute', () => {
    expect(portableHtml('<a href="/x?a=1&amp;b=&quot;2&quot;">x</a>', '', isDirectory)).toBe(
      '<a href="x?a=1&amp;b=%222%22">x</a>',
    );
  });

  test('should make the module URLs of an Astro island relative', () => {
    expect(
      portableHtml(
        '<astro-island component-url="/_astro/Search.js" renderer-url="/_astro/client.js">',
        '',
        isDirectory,
      ),
    ).toBe('<astro-island component-url="_astro/Search.js" renderer-url="_astro/client.js">');
  });

  test('should make the target of a meta refresh relative', () => {
    expect(
      portableHtml('<meta http-equiv="refresh" content="0;url=/articles/b/">', 'articles/a/', isDirectory),
    ).toBe('<meta http-equiv="refresh" content="0;url=../b/index.html">');
  });

  test('should keep offsets right after text outside the ASCII range', () => {
    expect(portableHtml('<p>Привет — 😀</p><a href="/articles/a/">A</a>', '', isDirectory)).toBe(
      '<p>Привет — 😀</p><a href="articles/a/index.html">A</a>',
    );
  });
});

describe('allowInCsp', () => {
  test.each([
    [
      "script-src 'none'; style-src 'self'",
      'script-src',
      ["'sha256-x'"],
      "script-src 'sha256-x'; style-src 'self'",
    ],
    ["style-src 'self'", 'style-src', ["'sha256-x'"], "style-src 'self' 'sha256-x'"],
    ["style-src 'self'", 'style-src', ["'self'"], "style-src 'self'"],
    ["default-src 'none'", 'connect-src', ["'self'"], "default-src 'none'; connect-src 'self'"],
  ])('should add to %s in %s', (csp, directive, sources, expected) => {
    expect(allowInCsp(csp, directive, sources)).toBe(expected);
  });
});

describe('portableNotFoundPage', () => {
  const page =
    "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none'; style-src 'self'; connect-src 'none'\">" +
    '<link rel="stylesheet" href="/_astro/site.css"></head><body><a href="/">Home</a></body></html>';
  const css = 'body{color:red}';
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const script = notFoundScript({ sections: ['articles', 'index.html'] });
  const result = portableNotFoundPage(
    page,
    (href) => (href === '/_astro/site.css' ? css : undefined),
    () => undefined,
    script,
  );

  test('should inline its stylesheet, allowed by hash, since a relative link breaks at depth', () => {
    expect(result).toContain(`<style>${css}</style>`);
    expect(result).not.toContain('<link rel="stylesheet"');
    expect(result).toContain(`style-src 'self' ${hash(css)}`);
  });

  test('should add the script that finds the root, allowed by hash, with same-origin fetches', () => {
    expect(result).toContain(`<script>${script}</script></body>`);
    expect(result).toContain(`script-src ${hash(script)};`);
    expect(result).toContain("connect-src 'self'");
  });

  test('should keep a stylesheet it cannot read as a link', () => {
    expect(portableNotFoundPage(page, () => undefined)).toContain('<link rel="stylesheet"');
  });

  test('should inline a small favicon and leave out the touch icon, which would fail at depth', () => {
    const icons = page.replace(
      '</head>',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="apple-touch-icon" href="/apple-touch-icon.png"></head>',
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const read = (size: number) => (href: string) =>
      href === '/favicon.svg'
        ? { type: 'image/svg+xml', bytes: size > 0 ? Buffer.alloc(size) : svg }
        : undefined;
    const small = portableNotFoundPage(icons, () => undefined, read(0));
    expect(small).toContain(
      `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}" type="image/svg+xml">`,
    );
    expect(small).not.toContain('apple-touch-icon');
    const large = portableNotFoundPage(icons, () => undefined, read(100_000));
    expect(large).not.toMatch(/rel="(icon|apple-touch-icon)"/);
  });
});

describe('portableHtml reads tags as a browser does', () => {
  test('should leave markup inside scripts, styles, titles and comments alone', () => {
    const html =
      '<title>&lt;a href="/x/"&gt;</title><script type="application/ld+json">{"a":"<a href=\\"/x/\\">"}</script>' +
      '<style>a[href="/x/"]{}</style><!-- <a href="/x/"> --><textarea><a href="/x/"></textarea><a href="/x/">x</a>';
    expect(portableHtml(html, '', () => true)).toBe(
      html.replace(/<a href="\/x\/">x/, '<a href="x/index.html">x'),
    );
  });

  test('should read quoted, single-quoted and unquoted values, with ">" inside quotes', () => {
    expect(
      portableHtml(
        `<a title="a > b" href='/a/'>1</a><img alt=x src=/i.png><a data-x="href=/b/" href="/b/">`,
        '',
        () => true,
      ),
    ).toBe(
      `<a title="a > b" href="a/index.html">1</a><img alt=x src="i.png"><a data-x="href=/b/" href="b/index.html">`,
    );
  });

  test('should keep only the first of two attributes with one name, as browsers do', () => {
    expect(portableHtml('<a href="/a/" HREF="/b/">x</a>', '', () => true)).toBe(
      '<a href="a/index.html" HREF="/b/">x</a>',
    );
  });

  test('should refuse a URL whose character references it cannot read', () => {
    expect(() => portableHtml('<a href="/a/?x=1&copy;">x</a>', '', () => true)).toThrow(/cannot read/);
  });
});

describe('the folders the 404 page asks for its root', () => {
  const candidates = new Function(`return ${ROOT_CANDIDATES}`)() as (
    pathname: string,
    sections: string[],
    sitePath: string,
  ) => string[];
  const sections = ['articles', 'tags', 'index.html'];

  test.each([
    // Below a name the root holds: that folder first, so a miss in a section asks once.
    ['/news/articles/gone/', '', ['/news/', '/', '/news/articles/']],
    ['/articles/gone/deeper/', '', ['/', '/articles/gone/', '/articles/']],
    [
      '/mirror/deep/path/tags/none/more/',
      '',
      [
        '/mirror/deep/path/',
        '/',
        '/mirror/deep/path/tags/none/',
        '/mirror/deep/path/tags/',
        '/mirror/deep/',
        '/mirror/',
      ],
    ],
    // SITE_URL's folder first, when the address is under it.
    ['/news/no/such/page/', '/news/', ['/news/', '/', '/news/no/such/', '/news/no/']],
    ['/elsewhere/x', '/news/', ['/', '/elsewhere/']],
    // Nothing known: the host's root, then every folder, nearest first; never the address itself.
    ['/no/such/deep/page/', '', ['/', '/no/such/deep/', '/no/such/', '/no/']],
    ['/news/typo', '', ['/', '/news/']],
  ])('should ask, for %s (SITE_URL path "%s"), %j', (pathname, sitePath, expected) => {
    expect(candidates(pathname, sections, sitePath)).toEqual(expected);
  });

  test.each([
    '//evil.example/a/b/',
    '//evil.example/articles/x/',
    '///evil.example/a/',
    '/%2F%2Fevil.example/a/',
  ])('should never name another host from the path %s', (pathname) => {
    for (const folder of candidates(pathname, sections, '')) {
      expect(new URL(folder, 'https://site.example').origin).toBe('https://site.example');
    }
  });
});
