/**
 * Hostile article bodies through the whole pipeline, exactly as a build runs it. Each vector is
 * one way scraped Markdown could try to run script, load something off-site, clobber page
 * globals or break out of the article; the output is parsed as a browser would parse it and
 * checked element by element.
 */
import { describe, expect, test } from 'vitest';
import { problems } from './hostile-checks';
import { elementsOf, renderArticle } from './render';

const EVIL = 'https://evil.example';

/** [what it tries, the Markdown] */
const vectors: Array<[string, string]> = [
  ['a script element', `Before <script>alert('body')</script> after.`],
  ['a script element in odd case with a remote src', `<ScRiPt SRC=//evil.example/x.js></ScRiPt>`],
  ['a script inside an inline SVG', `<svg><script>alert(1)</script></svg>`],
  ['an onerror handler on an image', `<img src=x onerror="alert('img')">`],
  ['an onload handler on SVG', `"><svg/onload=alert(1)>`],
  ['an ontoggle handler on details', `<details open ontoggle=alert(1)><summary>x</summary></details>`],
  ['an onclick handler on a placeholder link', `<a href="#" onclick="alert(1)">AFP</a>`],
  ['a javascript: Markdown link', `[click](javascript:alert(1))`],
  ['a javascript: link in mixed case', `<a href="JaVaScRiPt:alert(1)">x</a>`],
  ['a javascript: link with entity-encoded letters', `[x](&#106;&#97;vascript:alert(1))`],
  ['a javascript: link with a tab inside the scheme', `<a href="java\tscript:alert(1)">x</a>`],
  [
    'a javascript: link with an encoded newline inside the scheme',
    `<a href="java&NewLine;script:alert(1)">x</a>`,
  ],
  ['a javascript: link with an encoded colon', `<a href="javascript&colon;alert(1)">x</a>`],
  ['a javascript: link behind leading whitespace and NUL', `<a href=" &#0; javascript:alert(1)">x</a>`],
  ['a javascript: reference-style link', `[x][evil]\n\n[evil]: javascript:alert(1)`],
  ['a javascript: reference-style image', `![x][evil]\n\n[evil]: javascript:alert(1)`],
  ['a javascript: autolink', `<javascript:alert(1)>`],
  ['a data: HTML link', `[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`],
  ['a data: SVG image', `![x](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)`],
  ['a vbscript: link', `<a href="vbscript:msgbox(1)">x</a>`],
  ['an SVG link with xlink:href', `<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`],
  ['MathML mutation XSS', `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`],
  ['noscript mutation XSS', `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`],
  ['a script hidden in a template', `<template><script>alert(1)</script></template>`],
  ['a script in a conditional comment', `<!--[if IE]><script>alert(1)</script><![endif]-->`],
  ['an iframe', `<iframe src="${EVIL}/frame"></iframe>`],
  ['an iframe with srcdoc', `<iframe srcdoc="<script>alert(1)</script>"></iframe>`],
  ['object and embed', `<object data="${EVIL}/x.swf"></object><embed src="${EVIL}/x.svg">`],
  [
    'a form with a javascript: formaction',
    `<form action="${EVIL}"><button formaction="javascript:alert(1)">Go</button><input type=image src="${EVIL}/i.png"></form>`,
  ],
  ['a base element', `<base href="${EVIL}/">[relative](#x)`],
  ['a meta refresh', `<meta http-equiv="refresh" content="0;url=${EVIL}">`],
  ['a link to a remote stylesheet', `<link rel="stylesheet" href="${EVIL}/x.css">`],
  [
    'a style element that imports CSS and hides the page',
    `<style>@import url(${EVIL}/x.css); body{display:none}</style>`,
  ],
  [
    'a style attribute that overlays the page',
    `<div style="position:fixed;inset:0;z-index:9999;background:url(${EVIL}/bg.png)">Pay here</div>`,
  ],
  ['a background attribute', `<table background="${EVIL}/bg.png"><tr><td>x</td></tr></table>`],
  ['a remote image in Markdown', `![Kim at the ceremony](${EVIL}/kim.jpg)`],
  ['a remote image in raw HTML', `<img src="${EVIL}/kim.jpg" alt="Kim at the ceremony">`],
  ['a protocol-relative image', `![Kim](//evil.example/kim.jpg)`],
  ['a root-relative image', `![Kim](/images/kim.jpg)`],
  ['a srcset pointing off-site', `<img src="photo.jpg" alt="p" srcset="${EVIL}/kim.jpg 2x">`],
  [
    'a picture with a remote source',
    `<picture><source srcset="${EVIL}/kim.webp"><img src="photo.jpg" alt="p"></picture>`,
  ],
  [
    'video and audio with remote sources and a poster',
    `<video poster="${EVIL}/p.jpg" src="${EVIL}/v.mp4"></video><audio src="${EVIL}/a.mp3"></audio>`,
  ],
  ['a link with a ping', `<a href="https://example.com/" ping="${EVIL}/ping">x</a>`],
  ['a protocol-relative link', `[x](//evil.example/page)`],
  [
    'a scheme-relative link spelt with backslashes',
    `<a href="/\\evil.example/page">x</a> <a href=" \\\\evil.example">y</a>`,
  ],
  [
    'a link opening a new window with an opener',
    `<a href="https://example.com/" target="_blank" rel="opener">x</a>`,
  ],
  [
    'an image map with a javascript: area',
    `<img src="photo.jpg" alt="m" usemap="#m"><map name="m"><area href="javascript:alert(1)"></map>`,
  ],
  [
    'DOM clobbering with id and name',
    `<img id="alert" name="alert" src="photo.jpg" alt="a"><a id="location" name="document" href="https://example.com/">x</a>`,
  ],
  [
    'DOM clobbering with form names',
    `<form name="document"><input name="cookie"></form><span id="defaultView">x</span>`,
  ],
  ['DOM clobbering with heading ids', `# alert\n\n## location\n\n### document\n\n<h2 id="confirm">x</h2>`],
  ['DOM clobbering with footnote names', `Text[^alert].\n\n[^alert]: Note.`],
  ['a closing-tag breakout', `</div></article></main><footer class="site-footer">Fake footer</footer><main>`],
  ['unclosed elements swallowing the footer', `<div><table><tr><td><textarea><select><xmp><plaintext>`],
  ['an unclosed comment', `Text <!-- swallowing the rest`],
  ['an xmp with markup inside', `<xmp><img src=x onerror=alert(1)></xmp>`],
];

describe('hostile article bodies', () => {
  test('should cover at least 30 distinct vectors', () => {
    expect(new Set(vectors.map(([name]) => name)).size).toBe(vectors.length);
    expect(vectors.length).toBeGreaterThanOrEqual(30);
  });

  test.each(vectors)('should neutralise %s', async (_name, markdown) => {
    const html = await renderArticle(markdown);
    expect(problems(elementsOf(html)), html).toEqual([]);
  });
});
